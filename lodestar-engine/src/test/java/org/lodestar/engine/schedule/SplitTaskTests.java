package org.lodestar.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Split tasks as Microsoft Project schedules them: the work stops for a while and resumes, and the pauses move with
 * the task. Hand-computed on the standard calendar (Monday to Friday, 8 hours), from Monday 5 January 2026.
 */
class SplitTaskTests {

    private static final int DAY = 480;
    private static final LocalDateTime MONDAY = LocalDateTime.parse("2026-01-05T08:00");

    private static Plan.Builder plan() {
        return Plan.builder(WorkCalendar.standard()).start(MONDAY);
    }

    private static void assertDates(Schedule schedule, int task, String start, String finish) {
        assertThat(schedule.startDate(task)).as("start").isEqualTo(start);
        assertThat(schedule.finishDate(task)).as("finish").isEqualTo(finish);
    }

    @Test
    void aPauseLengthensTheSpanButNotTheDuration() {
        Plan.Builder plan = plan();
        int split = plan.task("Split", 5 * DAY);
        int next = plan.task("Next", DAY);
        plan.split(split, 2 * DAY, DAY).link(split, next);
        Schedule schedule = Scheduler.schedule(plan.build());
        // Monday and Tuesday, a pause on Wednesday, then Thursday, Friday and Monday.
        assertDates(schedule, split, "2026-01-05T08:00", "2026-01-12T17:00");
        assertThat(schedule.duration(split)).isEqualTo(5 * DAY);
        assertDates(schedule, next, "2026-01-13T08:00", "2026-01-13T17:00");
    }

    @Test
    void thePausesMoveWithTheTask() {
        Plan.Builder plan = plan();
        int first = plan.task("First", 2 * DAY);
        int split = plan.task("Split", 3 * DAY);
        plan.link(first, split).split(split, DAY, 2 * DAY);
        // Starts Wednesday after First, works a day, pauses Thursday and Friday, works Monday and Tuesday.
        assertDates(Scheduler.schedule(plan.build()), split, "2026-01-07T08:00", "2026-01-13T17:00");
    }

    @Test
    void severalPausesAddUp() {
        Plan.Builder plan = plan();
        int split = plan.task("Split", 3 * DAY);
        plan.split(split, DAY, DAY).split(split, 2 * DAY, 2 * DAY);
        // Monday, pause Tuesday, Wednesday, pause Thursday and Friday, Monday.
        assertDates(Scheduler.schedule(plan.build()), split, "2026-01-05T08:00", "2026-01-12T17:00");
    }

    /** 4 days started Monday, split after 2 days for 1 day; progress and the status date as given. */
    private static Schedule started(double percent, String statusDate) {
        Plan.Builder plan = plan();
        int split = plan.task("Split", 4 * DAY);
        plan.split(split, 2 * DAY, DAY).actualStart(split, MONDAY).percentComplete(split, percent);
        if (statusDate != null) plan.statusDate(LocalDateTime.parse(statusDate));
        return Scheduler.schedule(plan.build());
    }

    @Test
    void workDoneUpToAPauseResumesAfterIt() {
        // Monday and Tuesday done, the pause on Wednesday, the 2 days left Thursday and Friday.
        assertDates(started(50, null), 0, "2026-01-05T08:00", "2026-01-09T17:00");
        // A status date within the pause (Wednesday noon) does not bring the rest forward: it resumes after it.
        assertDates(started(50, "2026-01-07T12:00"), 0, "2026-01-05T08:00", "2026-01-09T17:00");
    }

    @Test
    void thePausesStillAheadComeAfterTheStatusDate() {
        // Monday done; the 3 days left resume at the status date, Wednesday 17:00: Thursday, Friday, the pause on
        // Monday, then Tuesday.
        assertDates(started(25, "2026-01-07T17:00"), 0, "2026-01-05T08:00", "2026-01-13T17:00");
    }

    @Test
    void aPercentageLagAndPercentCompleteCountTheWorkNotThePauses() {
        Plan.Builder plan = plan();
        int summary = plan.summary("Phase");
        int split = plan.task("Split", 4 * DAY);
        int plain = plan.task("Plain", 4 * DAY);
        plan.parent(split, summary).parent(plain, summary);
        plan.split(split, 2 * DAY, 4 * DAY).actualStart(split, MONDAY).percentComplete(split, 50);
        int after = plan.task("After", DAY);
        plan.link(split, after, DependencyType.SS, 5_000, LagUnit.PERCENT);
        Schedule schedule = Scheduler.schedule(plan.build());
        // Half of 4 days of work after Monday 08:00 is Wednesday 08:00 (half of the 8-day span would be Friday).
        assertThat(schedule.startDate(after)).isEqualTo("2026-01-07T08:00");
        // 2 of 8 days of work done under the summary (with the span, 4 of 12).
        assertThat(schedule.percentComplete(summary)).isEqualTo(25.0);
    }

    @Test
    void theBackwardPassKnowsTheSpan() {
        Plan.Builder plan = plan();
        int split = plan.task("Split", 2 * DAY);
        int plain = plan.task("Plain", 3 * DAY);
        int end = plan.milestone("End");
        plan.split(split, DAY, DAY).link(split, end).link(plain, end);
        Schedule schedule = Scheduler.schedule(plan.build());
        // Both end on Wednesday 17:00: neither has float.
        assertThat(schedule.totalFloat(split)).isZero();
        assertThat(schedule.isCritical(split)).isTrue();
        assertThat(schedule.lateStart(split)).isEqualTo(schedule.earlyStart(split));
    }

    @Test
    void onlyAPauseWithinTheWorkOfAWorkingTimeTaskIsTaken() {
        Plan.Builder plan = plan();
        int task = plan.task("Task", 2 * DAY);
        int milestone = plan.milestone("Milestone");
        assertThatThrownBy(() -> plan.split(task, 0, DAY)).hasMessageContaining("must come after 0 and before 960");
        assertThatThrownBy(() -> plan.split(task, 2 * DAY, DAY)).hasMessageContaining("before 960");
        assertThatThrownBy(() -> plan.split(task, DAY, 0)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> plan.split(milestone, 0, DAY)).hasMessageContaining("before 0");
        plan.split(task, DAY, DAY);
        assertThatThrownBy(() -> plan.split(task, DAY / 2, DAY)).hasMessageContaining("must come after 480");

        Plan.Builder century = plan();
        int longest = century.task("Almost a century", Plan.MAX_MINUTES - DAY);
        century.split(longest, DAY, 2 * DAY);
        assertThatThrownBy(century::build).as("work and pauses beyond 100 years")
                .hasMessageContaining("Only a task of working time can be split, within 100 years");

        Plan.Builder elapsed = plan();
        int round = elapsed.task("Round the clock", 2 * DAY);
        elapsed.elapsed(round).split(round, DAY, DAY);
        assertThatThrownBy(elapsed::build).hasMessageContaining("Only a task of working time can be split");
    }
}
