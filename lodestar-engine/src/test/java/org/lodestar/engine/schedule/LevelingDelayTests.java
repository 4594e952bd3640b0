package org.lodestar.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Microsoft Project's "Leveling Delay" on the standard calendar (Mon-Fri, 8h), starting Monday 5 January 2026. */
class LevelingDelayTests {

    private static final int DAY = 480;
    private static final LocalDateTime MONDAY = LocalDateTime.parse("2026-01-05T08:00");

    private final Plan.Builder plan = Plan.builder(WorkCalendar.standard()).start(MONDAY);

    private static void assertDates(Schedule schedule, int task, String start, String finish) {
        assertThat(schedule.startDate(task)).as("start of " + schedule.plan().name(task)).isEqualTo(start);
        assertThat(schedule.finishDate(task)).as("finish of " + schedule.plan().name(task)).isEqualTo(finish);
    }

    @Test
    void aDelayedTaskStartsLaterInWorkingTimeAndPushesItsSuccessor() {
        int a = plan.task("A", 2 * DAY);
        int b = plan.task("B", 2 * DAY);
        int c = plan.task("C", DAY);
        plan.link(a, b).link(b, c);
        plan.levelingDelay(b, 3 * DAY); // Wed 7 + three working days, over the weekend: Mon 12
        Schedule s = Scheduler.schedule(plan.build());

        assertDates(s, a, "2026-01-05T08:00", "2026-01-06T17:00");
        assertDates(s, b, "2026-01-12T08:00", "2026-01-13T17:00");
        assertDates(s, c, "2026-01-14T08:00", "2026-01-14T17:00");
        assertThat(s.projectFinishDate()).isEqualTo("2026-01-14T17:00");
        assertThat(s.plan().levelingDelay(b)).isEqualTo(3 * DAY);
        assertThat(s.plan().levelingDelay(a)).isZero();
    }

    @Test
    void theDelayCountsFromTheConstraintWhenTheConstraintDrivesTheStart() {
        int a = plan.task("A", DAY);
        int b = plan.task("B", DAY);
        plan.link(a, b);
        plan.constraint(b, ConstraintType.START_NO_EARLIER_THAN, LocalDateTime.parse("2026-01-08T08:00"));
        plan.levelingDelay(b, DAY);
        Schedule s = Scheduler.schedule(plan.build());

        // The constraint puts B on Thursday 8 (later than A allows); the delay adds a working day: Friday 9.
        assertDates(s, b, "2026-01-09T08:00", "2026-01-09T17:00");
    }

    @Test
    void noDelayLeavesTheScheduleAsItWas() {
        int a = plan.task("A", DAY);
        int b = plan.task("B", DAY);
        plan.link(a, b).levelingDelay(b, 0);
        Schedule s = Scheduler.schedule(plan.build());
        assertDates(s, b, "2026-01-06T08:00", "2026-01-06T17:00");
    }

    @Test
    void aNegativeDelayIsRefused() {
        int a = plan.task("A", DAY);
        assertThatThrownBy(() -> plan.levelingDelay(a, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A");
    }
}
