package org.lodestar.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hand-computed schedules on the standard calendar (Mon-Fri, 8h), starting Monday 5 January 2026. */
class SchedulerTests {

    private static final int DAY = 480;
    private static final LocalDateTime MONDAY = LocalDateTime.parse("2026-01-05T08:00");

    private final Plan.Builder plan = Plan.builder(WorkCalendar.standard()).start(MONDAY);

    private static LocalDateTime at(String dateTime) {
        return LocalDateTime.parse(dateTime);
    }

    private static void assertDates(Schedule schedule, int task, String start, String finish) {
        assertThat(schedule.startDate(task)).as("start of " + schedule.plan().name(task)).isEqualTo(start);
        assertThat(schedule.finishDate(task)).as("finish of " + schedule.plan().name(task)).isEqualTo(finish);
    }

    private static void assertLate(Schedule schedule, int task, String lateStart, String lateFinish) {
        assertThat(TimeAxis.dateTime(schedule.lateStart(task))).as("late start of " + schedule.plan().name(task)).isEqualTo(lateStart);
        assertThat(TimeAxis.dateTime(schedule.lateFinish(task))).as("late finish of " + schedule.plan().name(task)).isEqualTo(lateFinish);
    }

    @Test
    void textbookNetworkHasHandComputedDatesFloatsAndCriticalPath() {
        int a = plan.task("A", 3 * DAY);
        int b = plan.task("B", 5 * DAY);
        int c = plan.task("C", 2 * DAY);
        int d = plan.task("D", 4 * DAY);
        int e = plan.task("E", DAY);
        plan.link(a, b).link(a, c).link(c, d).link(b, e).link(d, e);
        Schedule s = Scheduler.schedule(plan.build());

        assertDates(s, a, "2026-01-05T08:00", "2026-01-07T17:00");
        assertDates(s, b, "2026-01-08T08:00", "2026-01-14T17:00");
        assertDates(s, c, "2026-01-08T08:00", "2026-01-09T17:00");
        assertDates(s, d, "2026-01-12T08:00", "2026-01-15T17:00");
        assertDates(s, e, "2026-01-16T08:00", "2026-01-16T17:00");
        assertLate(s, b, "2026-01-09T08:00", "2026-01-15T17:00");
        assertLate(s, a, "2026-01-05T08:00", "2026-01-07T17:00");
        assertThat(s.totalFloat(b)).isEqualTo(DAY);
        assertThat(s.freeFloat(b)).isEqualTo(DAY);
        assertThat(new int[] {s.totalFloat(a), s.totalFloat(c), s.totalFloat(d), s.totalFloat(e)}).containsOnly(0);
        assertThat(s.isCritical(b)).isFalse();
        assertThat(s.criticalPath()).containsExactly(a, c, d, e);
        assertThat(s.projectFinishDate()).isEqualTo("2026-01-16T17:00");
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void freeFloatIsWhatATaskCanSlipWithoutMovingASuccessor() {
        int a = plan.task("A", 2 * DAY);
        int b = plan.task("B", DAY);
        int c = plan.task("C", 2 * DAY);
        int d = plan.task("D", DAY);
        plan.link(a, c).link(b, d).link(c, d);
        Schedule s = Scheduler.schedule(plan.build());
        // B can slip three days before D moves; B has no float of its own beyond that.
        assertThat(s.freeFloat(b)).isEqualTo(3 * DAY);
        assertThat(s.totalFloat(b)).isEqualTo(3 * DAY);
        assertThat(s.freeFloat(a)).isZero();
    }

    @Nested
    class DependencyTypes {

        @Test
        void startToStartWithLag() {
            int p = plan.task("P", 5 * DAY);
            int s = plan.task("S", 3 * DAY);
            plan.link(p, s, DependencyType.SS, 2 * DAY, LagUnit.WORKING);
            assertDates(Scheduler.schedule(plan.build()), s, "2026-01-07T08:00", "2026-01-09T17:00");
        }

        @Test
        void finishToFinishWithLag() {
            int p = plan.task("P", 5 * DAY);
            int s = plan.task("S", 2 * DAY);
            plan.link(p, s, DependencyType.FF, DAY, LagUnit.WORKING);
            assertDates(Scheduler.schedule(plan.build()), s, "2026-01-09T08:00", "2026-01-12T17:00");
        }

        @Test
        void startToFinishWithLag() {
            int p = plan.task("P", DAY);
            int s = plan.task("S", 2 * DAY);
            plan.link(p, s, DependencyType.SF, 3 * DAY, LagUnit.WORKING);
            assertDates(Scheduler.schedule(plan.build()), s, "2026-01-06T08:00", "2026-01-07T17:00");
        }

        /** As Project and P6 save it (legacy__sample.mpp, XERNative__wk2.xer): the finish is the start's minute. */
        @Test
        void aFinishBoundByAPredecessorsStartIsThatStartsMinute() {
            int p = plan.task("P", DAY);
            int q = plan.task("Q", DAY);
            int s = plan.task("S", DAY);
            int next = plan.task("Next", DAY);
            plan.link(p, q).link(q, s, DependencyType.SF, 0, LagUnit.WORKING).link(s, next);
            Schedule schedule = Scheduler.schedule(plan.build());
            assertDates(schedule, s, "2026-01-05T08:00", "2026-01-06T08:00"); // not Monday 17:00: the same work done
            assertDates(schedule, next, "2026-01-06T08:00", "2026-01-06T17:00");
            assertThat(schedule.totalFloat(s)).isZero();
        }

        @Test
        void finishToStartWithALead() {
            int p = plan.task("P", 3 * DAY);
            int s = plan.task("S", DAY);
            plan.link(p, s, DependencyType.FS, -DAY, LagUnit.WORKING);
            assertDates(Scheduler.schedule(plan.build()), s, "2026-01-07T08:00", "2026-01-07T17:00");
        }

        @Test
        void elapsedLagRunsThroughNightsAndWeekends() {
            int p = plan.task("P", 3 * DAY);
            int s = plan.task("S", DAY);
            int w = plan.task("W", 5 * DAY);
            int x = plan.task("X", DAY);
            plan.link(p, s, DependencyType.FS, 24 * 60, LagUnit.ELAPSED); // Wednesday 17:00 + 24h
            plan.link(w, x, DependencyType.FS, 48 * 60, LagUnit.ELAPSED); // Friday 17:00 + 48h = Sunday
            Schedule schedule = Scheduler.schedule(plan.build());
            assertDates(schedule, s, "2026-01-09T08:00", "2026-01-09T17:00");
            assertDates(schedule, x, "2026-01-12T08:00", "2026-01-12T17:00");
        }

        @Test
        void percentageLagIsAShareOfThePredecessorsDuration() {
            int p = plan.task("P", 4 * DAY);
            int s = plan.task("S", DAY);
            plan.link(p, s, DependencyType.FS, 5000, LagUnit.PERCENT); // 50% of 4 days
            assertDates(Scheduler.schedule(plan.build()), s, "2026-01-13T08:00", "2026-01-13T17:00");
        }

        @Test
        void milestonesSitAtTheirPredecessorsFinishAndAtTheProjectStart() {
            int kickOff = plan.milestone("Kick-off");
            int p = plan.task("P", 5 * DAY);
            int done = plan.milestone("Done");
            plan.link(kickOff, p).link(p, done);
            Schedule s = Scheduler.schedule(plan.build());
            assertDates(s, kickOff, "2026-01-05T08:00", "2026-01-05T08:00");
            assertDates(s, done, "2026-01-09T17:00", "2026-01-09T17:00");
            assertThat(s.criticalPath()).containsExactly(kickOff, p, done);
        }
    }

    @Nested
    class Constraints {

        @Test
        void startNoEarlierThan() {
            int t = plan.task("T", DAY);
            plan.constraint(t, ConstraintType.START_NO_EARLIER_THAN, at("2026-01-07T00:00"));
            assertDates(Scheduler.schedule(plan.build()), t, "2026-01-07T08:00", "2026-01-07T17:00");
        }

        @Test
        void finishNoEarlierThan() {
            int t = plan.task("T", 2 * DAY);
            plan.constraint(t, ConstraintType.FINISH_NO_EARLIER_THAN, at("2026-01-09T17:00"));
            assertDates(Scheduler.schedule(plan.build()), t, "2026-01-08T08:00", "2026-01-09T17:00");
        }

        @Test
        void startNoLaterThanThatCannotBeMetGivesNegativeFloatAndAWarning() {
            int p = plan.task("P", 5 * DAY);
            int s = plan.task("S", DAY);
            plan.link(p, s).constraint(s, ConstraintType.START_NO_LATER_THAN, at("2026-01-07T08:00"));
            Schedule schedule = Scheduler.schedule(plan.build());
            assertDates(schedule, s, "2026-01-12T08:00", "2026-01-12T17:00");
            assertThat(schedule.totalFloat(s)).isEqualTo(-3 * DAY);
            assertThat(schedule.totalFloat(p)).isEqualTo(-3 * DAY);
            assertThat(schedule.criticalPath()).containsExactly(p, s);
            assertThat(schedule.warnings()).singleElement().satisfies(w -> {
                assertThat(w.task()).isEqualTo(s);
                assertThat(w.kind()).isEqualTo(Schedule.Warning.Kind.CONSTRAINT_NOT_MET);
                assertThat(w.message()).contains("S", "start no later than", "2026-01-07T08:00", "2026-01-12T08:00");
            });
        }

        @Test
        void finishNoLaterThanAndDeadlineReduceFloat() {
            int a = plan.task("A", 2 * DAY);
            int b = plan.task("B", 2 * DAY);
            plan.task("C", 5 * DAY); // the project runs to Friday
            plan.constraint(a, ConstraintType.FINISH_NO_LATER_THAN, at("2026-01-07T17:00"));
            plan.deadline(b, at("2026-01-06T17:00"));
            Schedule s = Scheduler.schedule(plan.build());
            assertThat(s.totalFloat(a)).isEqualTo(DAY);
            assertThat(s.totalFloat(b)).isZero();
            assertThat(s.warnings()).isEmpty();
        }

        @Test
        void aMissedDeadlineIsWarnedAbout() {
            int a = plan.task("A", 3 * DAY);
            plan.deadline(a, at("2026-01-06T17:00"));
            Schedule s = Scheduler.schedule(plan.build());
            assertThat(s.totalFloat(a)).isEqualTo(-DAY);
            assertThat(s.warnings()).extracting(Schedule.Warning::kind).containsExactly(Schedule.Warning.Kind.DEADLINE_MISSED);
        }

        @Test
        void mustStartOnWinsOverItsPredecessorsWithAWarning() {
            int p = plan.task("P", 3 * DAY);
            int s = plan.task("S", DAY);
            plan.link(p, s).constraint(s, ConstraintType.MUST_START_ON, at("2026-01-06T08:00"));
            Schedule schedule = Scheduler.schedule(plan.build());
            assertDates(schedule, s, "2026-01-06T08:00", "2026-01-06T17:00");
            assertThat(schedule.totalFloat(p)).isEqualTo(-2 * DAY);
            assertThat(schedule.warnings()).extracting(Schedule.Warning::kind)
                    .containsExactly(Schedule.Warning.Kind.PREDECESSOR_OVERRIDDEN);
        }

        @Test
        void mustFinishOn() {
            int t = plan.task("T", 2 * DAY);
            plan.constraint(t, ConstraintType.MUST_FINISH_ON, at("2026-01-14T17:00"));
            Schedule s = Scheduler.schedule(plan.build());
            assertDates(s, t, "2026-01-13T08:00", "2026-01-14T17:00");
            assertThat(s.totalFloat(t)).isZero();
        }

        @Test
        void asLateAsPossibleUsesTheLateDates() {
            int a = plan.task("A", 5 * DAY);
            int b = plan.task("B", 2 * DAY);
            int end = plan.milestone("End");
            plan.link(a, end).link(b, end).constraint(b, ConstraintType.AS_LATE_AS_POSSIBLE, null);
            Schedule s = Scheduler.schedule(plan.build());
            assertDates(s, b, "2026-01-08T08:00", "2026-01-09T17:00");
            assertThat(TimeAxis.dateTime(s.earlyStart(b))).isEqualTo("2026-01-05T08:00");
        }
    }

    @Nested
    class Summaries {

        @Test
        void summariesRollUpAndTheirLinksApplyToAllTheirWork() {
            int p = plan.task("Prepare", DAY);
            int phase = plan.summary("Phase");
            int x = plan.task("X", 2 * DAY);
            int y = plan.task("Y", 3 * DAY);
            int q = plan.task("Q", DAY);
            plan.parent(x, phase).parent(y, phase).link(x, y).link(p, phase).link(phase, q);
            plan.work(x, 960).work(y, 1440).cost(x, 1000).cost(y, 500);
            Schedule s = Scheduler.schedule(plan.build());
            assertDates(s, x, "2026-01-06T08:00", "2026-01-07T17:00");
            assertDates(s, y, "2026-01-08T08:00", "2026-01-12T17:00");
            assertDates(s, phase, "2026-01-06T08:00", "2026-01-12T17:00");
            assertDates(s, q, "2026-01-13T08:00", "2026-01-13T17:00");
            assertThat(s.duration(phase)).isEqualTo(5 * DAY);
            assertThat(s.work(phase)).isEqualTo(2400);
            assertThat(s.cost(phase)).isEqualTo(1500);
            assertThat(s.criticalPath()).containsExactly(p, x, y, q);
        }

        @Test
        void nestedSummariesPassConstraintsDown() {
            int programme = plan.summary("Programme");
            int phase = plan.summary("Phase");
            int t = plan.task("T", DAY);
            plan.parent(phase, programme).parent(t, phase)
                    .constraint(programme, ConstraintType.START_NO_EARLIER_THAN, at("2026-01-08T08:00"));
            Schedule s = Scheduler.schedule(plan.build());
            assertDates(s, t, "2026-01-08T08:00", "2026-01-08T17:00");
            assertDates(s, programme, "2026-01-08T08:00", "2026-01-08T17:00");
        }

        @Test
        void summaryProgressIsWeightedByDuration() {
            int phase = plan.summary("Phase");
            int a = plan.task("A", 3 * DAY);
            int b = plan.task("B", DAY);
            plan.parent(a, phase).parent(b, phase).percentComplete(a, 100).percentComplete(b, 0);
            assertThat(Scheduler.schedule(plan.build()).percentComplete(phase)).isEqualTo(75.0);
        }
    }

    @Nested
    class Progress {

        @Test
        void completedWorkStaysWhereItHappenedAndRemainingWorkStartsAtTheStatusDate() {
            plan.statusDate(at("2026-01-07T17:00"));
            int done = plan.task("Done", 2 * DAY);
            int half = plan.task("Half", 4 * DAY);
            int next = plan.task("Next", DAY);
            int free = plan.task("Free", DAY);
            plan.actualStart(done, at("2026-01-05T08:00")).actualFinish(done, at("2026-01-07T17:00"));
            plan.actualStart(half, at("2026-01-05T08:00")).percentComplete(half, 50);
            plan.link(done, next);
            Schedule s = Scheduler.schedule(plan.build());
            assertDates(s, done, "2026-01-05T08:00", "2026-01-07T17:00");
            assertDates(s, half, "2026-01-05T08:00", "2026-01-09T17:00");
            assertDates(s, next, "2026-01-08T08:00", "2026-01-08T17:00");
            assertDates(s, free, "2026-01-08T08:00", "2026-01-08T17:00");
            assertThat(s.isCritical(done)).isFalse();
            assertThat(s.percentComplete(done)).isEqualTo(100);
        }

        @Test
        void anExplicitRemainingDurationWins() {
            plan.statusDate(at("2026-01-06T17:00"));
            int t = plan.task("T", 2 * DAY);
            plan.actualStart(t, at("2026-01-05T08:00")).percentComplete(t, 50).remainingDuration(t, 3 * DAY);
            assertDates(Scheduler.schedule(plan.build()), t, "2026-01-05T08:00", "2026-01-09T17:00");
        }
    }

    @Nested
    class ElapsedTime {

        @Test
        void anElapsedLagEndingAtNightLeavesNoNegativeFloat() {
            int b = plan.task("B", DAY);
            int c = plan.task("C", 60);
            plan.link(b, c, DependencyType.FF, 11 * 60, LagUnit.ELAPSED); // Monday 17:00 + 11 h = Tuesday 04:00
            Schedule s = Scheduler.schedule(plan.build());
            assertThat(s.totalFloat(b)).isZero();
            assertLate(s, b, "2026-01-05T08:00", "2026-01-05T17:00");
        }

        @Test
        void anElapsedTaskBetweenWorkingTasksKeepsItsFloat() {
            int p = plan.task("P", DAY);
            int e = plan.task("E", 60);
            int s = plan.task("S", DAY);
            int z = plan.task("Z", DAY);
            plan.elapsed(e).link(p, e).link(e, s, DependencyType.SF, 0, LagUnit.WORKING).link(s, z);
            Schedule schedule = Scheduler.schedule(plan.build());
            assertThat(schedule.totalFloat(e)).isGreaterThanOrEqualTo(0);
            assertThat(TimeAxis.dateTime(schedule.lateStart(e))).isEqualTo("2026-01-06T08:00");
        }

        /** Reduced from seed 40 of SchedulePropertiesTests' networks: a working lag after an evening finish. */
        @Test
        void anElapsedTaskEndingAtNightBeforeAWorkingLagLeavesNoNegativeFloat() {
            int e = plan.task("E", 10 * 60); // Monday 08:00 to 18:00, round the clock
            int s = plan.task("S", DAY);
            plan.elapsed(e).link(e, s, DependencyType.FS, 60, LagUnit.WORKING); // S starts Tuesday 09:00
            Schedule schedule = Scheduler.schedule(plan.build());
            assertDates(schedule, s, "2026-01-06T09:00", "2026-01-07T09:00");
            // E could end as late as Tuesday 08:00 without moving S: Monday 18:00 to 08:00 is 14 elapsed hours
            assertThat(TimeAxis.dateTime(schedule.lateFinish(e))).isEqualTo("2026-01-06T08:00");
            assertThat(schedule.totalFloat(e)).isEqualTo(14 * 60);
            assertThat(schedule.isCritical(s)).isTrue();
        }

        /** Reduced from seed 448 (and seed 34 at size 36) of the networks: an elapsed task finishing a summary. */
        @Test
        void anElapsedTaskEndingOutsideWorkingTimeBeforeAFinishLinkIntoASummaryLeavesNoNegativeFloat() {
            int e = plan.task("E", 2 * 24 * 60); // Monday 08:00 to Wednesday 08:00
            int phase = plan.summary("Phase");
            int c = plan.task("C", 6 * 60);
            plan.elapsed(e).parent(c, phase).link(e, phase, DependencyType.FF, 0, LagUnit.WORKING);
            Schedule schedule = Scheduler.schedule(plan.build());
            assertDates(schedule, c, "2026-01-06T10:00", "2026-01-06T17:00"); // Tuesday 17:00 is Wednesday 08:00's work
            assertThat(TimeAxis.dateTime(schedule.lateFinish(e))).isEqualTo("2026-01-07T08:00");
            assertThat(schedule.totalFloat(e)).isZero();
            assertThat(schedule.isCritical(e)).isTrue();
        }
    }

    @Test
    void aStartLinkFromASummaryBindsOnlyTheChildThatStartsIt() {
        int phase = plan.summary("Phase");
        int first = plan.task("First", 4 * DAY);
        int later = plan.milestone("Later");
        int next = plan.task("Next", DAY);
        int end = plan.task("End", 5 * DAY);
        plan.parent(first, phase).parent(later, phase).link(first, later);
        plan.link(phase, next, DependencyType.SF, 0, LagUnit.WORKING).link(next, end);
        Schedule s = Scheduler.schedule(plan.build());
        assertThat(s.totalFloat(later)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aFinishLinkIntoASummaryKeepsItsPredecessorCritical() {
        int p = plan.task("P", DAY);
        int phase = plan.summary("Phase");
        int a = plan.task("A", DAY);
        int b = plan.task("B", DAY);
        int c = plan.task("C", 2 * DAY);
        plan.parent(a, phase).parent(b, phase).link(p, phase, DependencyType.FF, 0, LagUnit.WORKING).link(a, c);
        Schedule s = Scheduler.schedule(plan.build());
        assertThat(s.totalFloat(p)).isZero();
        assertThat(s.isCritical(p)).isTrue();
    }

    @Test
    void aCycleThroughASummaryNamesEachTaskOnce() {
        int a = plan.task("A", DAY);
        int phase = plan.summary("S");
        int c = plan.task("C", DAY);
        int d = plan.task("D", DAY);
        plan.parent(c, phase).link(a, phase).link(phase, d).link(d, a);
        Plan cyclic = plan.build();
        assertThatThrownBy(() -> Scheduler.schedule(cyclic)).isInstanceOfSatisfying(CyclicDependencyException.class,
                e -> assertThat(e.taskNames()).doesNotHaveDuplicates().contains("A", "S", "D"));
    }

    @Test
    void backwardSchedulingWorksBackFromTheFinish() {
        Plan.Builder backward = Plan.builder(WorkCalendar.standard()).finish(at("2026-01-16T17:00"));
        int a = backward.task("A", 3 * DAY);
        int b = backward.task("B", 2 * DAY);
        backward.link(a, b);
        Schedule s = Scheduler.schedule(backward.build());
        assertDates(s, b, "2026-01-15T08:00", "2026-01-16T17:00");
        assertDates(s, a, "2026-01-12T08:00", "2026-01-14T17:00");
        assertThat(s.projectStartDate()).isEqualTo("2026-01-12T08:00");
    }

    @Test
    void eachTaskWorksOnItsOwnCalendar() {
        WorkCalendar sevenDays = WorkCalendar.builder("Seven days").workingTimes(java.time.DayOfWeek.SATURDAY,
                WorkCalendar.WorkingTime.of("08:00", "12:00"), WorkCalendar.WorkingTime.of("13:00", "17:00"))
                .workingTimes(java.time.DayOfWeek.SUNDAY, WorkCalendar.WorkingTime.of("08:00", "12:00"),
                        WorkCalendar.WorkingTime.of("13:00", "17:00")).build();
        int weekend = plan.calendar(sevenDays);
        int a = plan.task("Office", 5 * DAY);
        int b = plan.task("Site", 2 * DAY);
        plan.link(a, b).calendar(b, weekend);
        assertDates(Scheduler.schedule(plan.build()), b, "2026-01-10T08:00", "2026-01-11T17:00");
    }

    @Test
    void holidaysPushWorkOut() {
        Plan.Builder withHoliday = Plan.builder(WorkCalendar.builder("Holiday").holiday(LocalDate.of(2026, 1, 7)).build())
                .start(MONDAY);
        int t = withHoliday.task("T", 3 * DAY);
        assertDates(Scheduler.schedule(withHoliday.build()), t, "2026-01-05T08:00", "2026-01-08T17:00");
    }

    @Test
    void aCycleIsReportedWithItsTasksAndNothingIsScheduled() {
        int a = plan.task("A", DAY);
        int b = plan.task("B", DAY);
        int c = plan.task("C", DAY);
        int d = plan.task("D", DAY);
        plan.link(d, a).link(a, b).link(b, c).link(c, a);
        Plan cyclic = plan.build();
        assertThatThrownBy(() -> Scheduler.schedule(cyclic))
                .isInstanceOfSatisfying(CyclicDependencyException.class, e -> {
                    assertThat(e.taskNames()).containsExactlyInAnyOrder("A", "B", "C");
                    int[] tasks = e.tasks();
                    for (int i = 0; i < tasks.length; i++) { // each task is linked to the next
                        int from = tasks[i];
                        int to = tasks[(i + 1) % tasks.length];
                        assertThat(Arrays.asList(new int[][] {{a, b}, {b, c}, {c, a}})
                                .stream().anyMatch(l -> l[0] == from && l[1] == to)).isTrue();
                    }
                    assertThat(e.getMessage()).startsWith("Dependency cycle: ");
                });
    }

    @Test
    void linkingASummaryToItsOwnTaskIsACycle() {
        int phase = plan.summary("Phase");
        int t = plan.task("T", DAY);
        plan.parent(t, phase).link(phase, t);
        Plan cyclic = plan.build();
        assertThatThrownBy(() -> Scheduler.schedule(cyclic)).isInstanceOfSatisfying(CyclicDependencyException.class,
                e -> assertThat(e.taskNames()).containsExactlyInAnyOrder("Phase", "T"));
    }

    @Test
    void badPlansAreRefusedWithTheReason() {
        int a = plan.task("A", DAY);
        int b = plan.task("B", DAY);
        assertThatThrownBy(() -> Plan.builder(WorkCalendar.standard()).build()).hasMessageContaining("start date");
        assertThatThrownBy(() -> copy().link(a, a).build()).hasMessageContaining("cannot depend on itself");
        assertThatThrownBy(() -> copy().link(a, b).link(a, b).build()).hasMessageContaining("depends on A twice");
        assertThatThrownBy(() -> copy().link(a, 7).build()).hasMessageContaining("unknown task");
        assertThatThrownBy(() -> copy().parent(b, a).build()).hasMessageContaining("not a summary");
        Plan.Builder absurd = Plan.builder(WorkCalendar.standard()).start(MONDAY);
        absurd.task("Forever", Plan.MAX_MINUTES + 1);
        assertThatThrownBy(absurd::build).hasMessageContaining("between 0 and 100 years");
        Plan.Builder negative = Plan.builder(WorkCalendar.standard()).start(MONDAY);
        negative.task("Negative", -1);
        assertThatThrownBy(negative::build).hasMessageContaining("between 0 and 100 years");
    }

    private Plan.Builder copy() {
        Plan.Builder copy = Plan.builder(WorkCalendar.standard()).start(MONDAY);
        copy.task("A", DAY);
        copy.task("B", DAY);
        return copy;
    }

    @Test
    void varianceAgainstABaselineIsInWorkingTime() {
        int a = plan.task("A", 3 * DAY);
        int b = plan.task("B", 2 * DAY);
        plan.link(a, b);
        Schedule s = Scheduler.schedule(plan.build());
        int[] start = {TimeAxis.minute(at("2026-01-05T08:00")), TimeAxis.minute(at("2026-01-07T08:00"))};
        int[] finish = {TimeAxis.minute(at("2026-01-07T17:00")), TimeAxis.minute(at("2026-01-08T17:00"))};
        int[] duration = {3 * DAY, 2 * DAY};
        BaselineVariance variance = BaselineVariance.compare(s, start, finish, duration);
        assertThat(variance.startVariance(a)).isZero();
        assertThat(variance.startVariance(b)).isEqualTo(DAY);
        assertThat(variance.finishVariance(b)).isEqualTo(DAY);
        assertThat(variance.durationVariance(b)).isZero();
        BaselineVariance none = BaselineVariance.compare(s, new int[] {TimeAxis.NONE, TimeAxis.NONE},
                new int[] {TimeAxis.NONE, TimeAxis.NONE}, new int[] {TimeAxis.NONE, TimeAxis.NONE});
        assertThat(none.finishVariance(a)).isEqualTo(TimeAxis.NONE);
    }

    @Test
    void reschedulingAnUnchangedPlanChangesNothing() {
        int a = plan.task("A", 3 * DAY);
        int b = plan.task("B", 2 * DAY);
        plan.link(a, b, DependencyType.SS, DAY, LagUnit.WORKING);
        Plan built = plan.build();
        Schedule first = Scheduler.schedule(built);
        Schedule second = Scheduler.schedule(built);
        for (int t = 0; t < built.size(); t++) {
            assertThat(second.start(t)).isEqualTo(first.start(t));
            assertThat(second.lateFinish(t)).isEqualTo(first.lateFinish(t));
        }
    }
}
