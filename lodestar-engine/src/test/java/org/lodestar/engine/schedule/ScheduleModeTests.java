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

    /** "Pour" (2 days) then "Cure" (1 day) with the constraint given on Cure; the plan starts Monday 08:00. */
    private static Schedule constrained(ConstraintType type, String date) {
        Plan.Builder plan = plan(ScheduleMode.PRIMAVERA_P6);
        int pour = plan.task("Pour", 2 * DAY);
        int cure = plan.task("Cure", DAY);
        plan.link(pour, cure);
        plan.constraint(cure, type, LocalDateTime.parse(date));
        return Scheduler.schedule(plan.build());
    }

    @Test
    void p6StartOnDelaysTheEarlyStartAndPullsTheLateStartButLetsTheLogicWin() {
        // later than the logic: the early start waits for the date, and the late start is held to it
        Schedule later = constrained(ConstraintType.START_ON, "2026-01-09T08:00");
        assertDates(later, 1, "2026-01-09T08:00", "2026-01-09T17:00");
        assertThat(TimeAxis.dateTime(later.lateStart(1))).isEqualTo("2026-01-09T08:00");
        // earlier than the logic: Cure starts when Pour allows (Wednesday), with negative float and a warning,
        // where a mandatory start holds the date against the link
        Schedule earlier = constrained(ConstraintType.START_ON, "2026-01-06T08:00");
        assertDates(earlier, 1, "2026-01-07T08:00", "2026-01-07T17:00");
        assertThat(earlier.totalFloat(1)).isEqualTo(-DAY);
        assertThat(earlier.warnings()).extracting(Schedule.Warning::kind)
                .containsExactly(Schedule.Warning.Kind.CONSTRAINT_NOT_MET);
        assertDates(constrained(ConstraintType.MUST_START_ON, "2026-01-06T08:00"), 1,
                "2026-01-06T08:00", "2026-01-06T17:00");
    }

    @Test
    void p6FinishOnDelaysTheEarlyFinishAndPullsTheLateFinish() {
        Schedule schedule = constrained(ConstraintType.FINISH_ON, "2026-01-09T17:00");
        assertDates(schedule, 1, "2026-01-09T08:00", "2026-01-09T17:00");
        assertThat(TimeAxis.dateTime(schedule.lateFinish(1))).isEqualTo("2026-01-09T17:00");
    }

    @Test
    void p6AsLateAsPossibleTakesTheFreeFloatOnlyWhereProjectTakesTheTotalFloat() {
        // A (1 day) -> B (1 day) -> D; C (3 days) -> D (1 day): B has 2 days of free float, A none but 2 of total
        java.util.function.Function<ScheduleMode, Schedule> schedule = mode -> {
            Plan.Builder plan = plan(mode);
            int a = plan.task("A", DAY);
            int b = plan.task("B", DAY);
            int c = plan.task("C", 3 * DAY);
            int d = plan.task("D", DAY);
            plan.link(a, b).link(b, d).link(c, d);
            plan.constraint(a, ConstraintType.AS_LATE_AS_POSSIBLE, null);
            return Scheduler.schedule(plan.build());
        };
        // P6: A stays Monday, as moving it would move B's early start
        assertDates(schedule.apply(ScheduleMode.PRIMAVERA_P6), 0, "2026-01-05T08:00", "2026-01-05T17:00");
        // Project: A takes its late dates, Tuesday
        assertDates(schedule.apply(ScheduleMode.MICROSOFT_PROJECT), 0, "2026-01-06T08:00", "2026-01-06T17:00");
    }

    @Test
    void p6AsLateAsPossibleMovesAnActivityUpToItsSuccessor() {
        Plan.Builder plan = plan(ScheduleMode.PRIMAVERA_P6);
        int order = plan.task("Order", DAY);
        int build = plan.task("Build", 4 * DAY);
        int install = plan.task("Install", DAY);
        plan.link(order, install).link(build, install);
        plan.constraint(order, ConstraintType.AS_LATE_AS_POSSIBLE, null);
        // Install starts Friday; Order (free float 3 days) moves to Thursday
        assertDates(Scheduler.schedule(plan.build()), 0, "2026-01-08T08:00", "2026-01-08T17:00");
    }

    /** A 1-day lag from a task on a 7-day calendar into one on the standard calendar, finishing on Friday 17:00. */
    private static Schedule lagAcrossCalendars(LagCalendar lagCalendar) {
        WorkCalendar everyDay = WorkCalendar.builder("Every day")
                .workingTimes(java.time.DayOfWeek.SATURDAY, WorkCalendar.WorkingTime.of("08:00", "12:00"),
                        WorkCalendar.WorkingTime.of("13:00", "17:00"))
                .workingTimes(java.time.DayOfWeek.SUNDAY, WorkCalendar.WorkingTime.of("08:00", "12:00"),
                        WorkCalendar.WorkingTime.of("13:00", "17:00")).build();
        Plan.Builder plan = Plan.builder(WorkCalendar.standard()).start(MONDAY).mode(ScheduleMode.PRIMAVERA_P6)
                .lagCalendar(lagCalendar);
        int sevenDays = plan.calendar(everyDay);
        int pour = plan.task("Pour", 5 * DAY);
        int strip = plan.task("Strip", DAY);
        plan.calendar(pour, sevenDays);
        plan.link(pour, strip, DependencyType.FS, DAY, LagUnit.WORKING);
        return Scheduler.schedule(plan.build());
    }

    @Test
    void lagsCountOnTheCalendarTheProjectChooses() {
        // Pour: Monday to Friday 17:00. A day of lag on Pour's 7-day calendar ends Saturday 17:00: Strip Monday.
        assertDates(lagAcrossCalendars(LagCalendar.PREDECESSOR), 1, "2026-01-12T08:00", "2026-01-12T17:00");
        // On Strip's standard calendar the lag day is Monday: Strip Tuesday.
        assertDates(lagAcrossCalendars(LagCalendar.SUCCESSOR), 1, "2026-01-13T08:00", "2026-01-13T17:00");
        assertDates(lagAcrossCalendars(LagCalendar.PROJECT), 1, "2026-01-13T08:00", "2026-01-13T17:00");
        // 24 hours from Friday 17:00 is Saturday 17:00: Strip Monday.
        assertDates(lagAcrossCalendars(LagCalendar.TWENTY_FOUR_HOURS), 1, "2026-01-12T08:00", "2026-01-12T17:00");
    }

    @Test
    void p6StartMilestonesFallAtTheStartOfTheNextWorkingPeriodAndFinishMilestonesAtTheFinish() {
        Plan.Builder plan = plan(ScheduleMode.PRIMAVERA_P6);
        int work = plan.task("Work", DAY);
        int begun = plan.milestone("Next begun");
        int done = plan.milestone("Work done");
        plan.link(work, begun).link(work, done);
        plan.startMilestone(begun);
        Schedule schedule = Scheduler.schedule(plan.build());
        assertDates(schedule, begun, "2026-01-06T08:00", "2026-01-06T08:00");
        assertDates(schedule, done, "2026-01-05T17:00", "2026-01-05T17:00");
    }

    @Test
    void aLevelOfEffortSpansFromItsPredecessorsStartToItsSuccessorsFinishAndDrivesNothing() {
        Plan.Builder plan = plan(ScheduleMode.PRIMAVERA_P6);
        int phase = plan.summary("Phase");
        int design = plan.task("Design", 2 * DAY);
        int build = plan.task("Build", 3 * DAY);
        int management = plan.task("Management", 10 * DAY);
        int span = plan.task("Phase span", 0);
        int after = plan.task("Handover", DAY);
        for (int task : new int[] {design, build, management, span}) plan.parent(task, phase);
        plan.link(design, build);
        plan.link(design, management, DependencyType.SS, 0, LagUnit.WORKING);
        plan.link(management, build, DependencyType.FF, 0, LagUnit.WORKING);
        plan.link(management, after); // a level of effort drives nothing, even with its own 10 days
        plan.levelOfEffort(management).wbsSummary(span);
        Schedule schedule = Scheduler.schedule(plan.build());

        assertDates(schedule, build, "2026-01-07T08:00", "2026-01-09T17:00");
        assertDates(schedule, management, "2026-01-05T08:00", "2026-01-09T17:00");
        assertThat(schedule.duration(management)).isEqualTo(5 * DAY);
        assertDates(schedule, after, "2026-01-05T08:00", "2026-01-05T17:00");
        // the WBS summary spans the other activities under Phase, the level of effort included
        assertDates(schedule, span, "2026-01-05T08:00", "2026-01-09T17:00");
        assertDates(schedule, phase, "2026-01-05T08:00", "2026-01-09T17:00");
    }
}
