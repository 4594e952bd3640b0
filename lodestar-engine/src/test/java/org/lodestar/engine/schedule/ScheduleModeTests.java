package org.lodestar.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** P6's progress rules against Microsoft Project's, hand-computed on the standard calendar (Mon-Fri, 8h). */
class ScheduleModeTests {

    private static final int DAY = 480;
    private static final LocalDateTime MONDAY = LocalDateTime.parse("2026-01-05T08:00");

    private static Plan.Builder plan(ScheduleMode mode) {
        return Plan.builder(WorkCalendar.standard()).start(MONDAY).mode(mode);
    }

    private static void assertDates(Schedule schedule, int task, String start, String finish) {
        assertThat(schedule.startDate(task)).as("start").isEqualTo(start);
        assertThat(schedule.finishDate(task)).as("finish").isEqualTo(finish);
    }

    /** 4 days started Monday, 75% done (3 days) by the data date Tuesday 17:00: 1 day remains. */
    private static Schedule aheadOfTheDataDate(ScheduleMode mode) {
        Plan.Builder plan = plan(mode).statusDate(LocalDateTime.parse("2026-01-06T17:00"));
        plan.task("Ahead", 4 * DAY);
        plan.actualStart(0, MONDAY).percentComplete(0, 75);
        return Scheduler.schedule(plan.build());
    }

    @Test
    void microsoftProjectIsTheDefaultAndResumesAfterTheWorkDone() {
        assertThat(Plan.builder(WorkCalendar.standard()).start(MONDAY).build().mode())
                .isEqualTo(ScheduleMode.MICROSOFT_PROJECT);
        // Monday 08:00 + 3 days done = Wednesday 17:00, later than the data date; + 1 day = Thursday 17:00.
        assertDates(aheadOfTheDataDate(ScheduleMode.MICROSOFT_PROJECT), 0, "2026-01-05T08:00", "2026-01-08T17:00");
    }

    @Test
    void p6FinishesAtTheDataDatePlusTheRemainingDuration() {
        // Data date Tuesday 17:00 + 1 remaining day = Wednesday 17:00, whatever share is done.
        assertDates(aheadOfTheDataDate(ScheduleMode.PRIMAVERA_P6), 0, "2026-01-05T08:00", "2026-01-07T17:00");
    }

    @Test
    void p6FinishesAnInProgressActivityWithNothingRemainingAtItsActualStartMinute() {
        Plan.Builder plan = plan(ScheduleMode.PRIMAVERA_P6).statusDate(LocalDateTime.parse("2026-01-07T17:00"));
        plan.task("Nothing left", 2 * DAY);
        plan.actualStart(0, LocalDateTime.parse("2026-01-05T10:00")).remainingDuration(0, 0);
        assertDates(Scheduler.schedule(plan.build()), 0, "2026-01-05T10:00", "2026-01-05T10:00");
    }

    @Test
    void microsoftProjectFinishesAnInProgressTaskWithNothingRemainingAtTheStatusDate() {
        Plan.Builder plan = plan(ScheduleMode.MICROSOFT_PROJECT).statusDate(LocalDateTime.parse("2026-01-07T17:00"));
        plan.task("Nothing left", 2 * DAY);
        plan.actualStart(0, LocalDateTime.parse("2026-01-05T10:00")).remainingDuration(0, 0);
        assertDates(Scheduler.schedule(plan.build()), 0, "2026-01-05T10:00", "2026-01-07T17:00");
    }

    /**
     * Out-of-sequence progress: "Build" (3 days) started Monday 08:00 with 2 days left, though its finish-to-start
     * predecessor "Design" (2 days) has not started; the data date is Tuesday 17:00, so Design runs Wednesday to
     * Thursday 17:00.
     */
    private static Schedule outOfSequence(ProgressedActivities rule) {
        Plan.Builder plan = plan(ScheduleMode.PRIMAVERA_P6).progressedActivities(rule)
                .statusDate(LocalDateTime.parse("2026-01-06T17:00"));
        int design = plan.task("Design", 2 * DAY);
        int build = plan.task("Build", 3 * DAY);
        plan.link(design, build);
        plan.actualStart(build, MONDAY).remainingDuration(build, 2 * DAY);
        return Scheduler.schedule(plan.build());
    }

    @Test
    void p6RetainedLogicMakesTheRestOfAnActivityStartedOutOfSequenceWaitForItsPredecessor() {
        assertThat(Plan.builder(WorkCalendar.standard()).start(MONDAY).build().progressedActivities())
                .isEqualTo(ProgressedActivities.RETAINED_LOGIC);
        Schedule schedule = outOfSequence(ProgressedActivities.RETAINED_LOGIC);
        assertDates(schedule, 0, "2026-01-07T08:00", "2026-01-08T17:00");
        // the 2 remaining days follow Design: Friday 08:00 to Monday 17:00
        assertDates(schedule, 1, "2026-01-05T08:00", "2026-01-12T17:00");
    }

    @Test
    void p6ProgressOverrideRunsTheRestFromTheDataDateWhateverThePredecessors() {
        // Wednesday 08:00 + 2 days = Thursday 17:00, beside Design rather than after it
        assertDates(outOfSequence(ProgressedActivities.PROGRESS_OVERRIDE), 1, "2026-01-05T08:00", "2026-01-08T17:00");
    }

    @Test
    void p6KeepsActualDatesAsEnteredEvenOutsideWorkingTime() {
        Plan.Builder plan = plan(ScheduleMode.PRIMAVERA_P6).statusDate(LocalDateTime.parse("2026-01-07T00:00"));
        plan.task("Started at midnight", 2 * DAY);
        plan.task("Done over the weekend", DAY);
        plan.actualStart(0, LocalDateTime.parse("2026-01-05T00:00")).remainingDuration(0, DAY);
        plan.actualStart(1, LocalDateTime.parse("2026-01-03T09:00")).actualFinish(1, LocalDateTime.parse("2026-01-04T15:00"));
        Schedule p6 = Scheduler.schedule(plan.build());
        // the data date Wednesday 00:00 resumes at 08:00: 1 day left ends Wednesday 17:00
        assertDates(p6, 0, "2026-01-05T00:00", "2026-01-07T17:00");
        assertDates(p6, 1, "2026-01-03T09:00", "2026-01-04T15:00");

        Plan.Builder project = plan(ScheduleMode.MICROSOFT_PROJECT).statusDate(LocalDateTime.parse("2026-01-07T00:00"));
        project.task("Started at midnight", 2 * DAY);
        project.actualStart(0, LocalDateTime.parse("2026-01-05T00:00")).remainingDuration(0, DAY);
        assertThat(Scheduler.schedule(project.build()).startDate(0)).isEqualTo("2026-01-05T08:00");
    }
}
