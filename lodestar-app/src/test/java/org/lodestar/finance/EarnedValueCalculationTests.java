package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.evm.EarningMethod;
import org.lodestar.finance.EarnedValueCalculation.Cost;
import org.lodestar.finance.EarnedValueCalculation.PlannedValueSource;
import org.lodestar.finance.EarnedValueCalculation.Result;
import org.lodestar.finance.EarnedValueCalculation.Task;

/** Earned value of one project from its budget, plan and costs; every figure below is computed by hand. */
class EarnedValueCalculationTests {

    private static TreeMap<YearMonth, Double> budget(Object... monthAndAmount) {
        TreeMap<YearMonth, Double> budget = new TreeMap<>();
        for (int i = 0; i < monthAndAmount.length; i += 2) {
            budget.put(YearMonth.parse((String) monthAndAmount[i]), ((Number) monthAndAmount[i + 1]).doubleValue());
        }
        return budget;
    }

    private static LocalDateTime at(String dateTime) {
        return LocalDateTime.parse(dateTime);
    }

    private static Task task(int minutes, String baselineStart, String baselineFinish, String actualStart,
                             String actualFinish, int percent, EarningMethod method) {
        return new Task(1, minutes, baselineStart == null ? null : at(baselineStart),
                baselineFinish == null ? null : at(baselineFinish), at("2027-01-01T00:00"), at("2027-01-01T00:00"),
                actualStart == null ? null : at(actualStart), actualFinish == null ? null : at(actualFinish), percent,
                method);
    }

    private static final List<Cost> COSTS = List.of(new Cost(LocalDate.parse("2027-01-15"), 800),
            new Cost(LocalDate.parse("2027-02-10"), 700), new Cost(LocalDate.parse("2027-02-20"), 100));

    @Test
    void withoutABaselinePlannedValueIsTheBudgetsMonthsAndTheStatusMonthCountsToTheStatusDay() {
        Result result = EarnedValueCalculation.calculate(budget("2027-01", 1000, "2027-02", 1000, "2027-03", 1000),
                List.of(), false, COSTS, LocalDate.parse("2027-02-14"));

        assertThat(result.source()).isEqualTo(PlannedValueSource.BUDGET);
        assertThat(result.first()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(result.pvByMonth()).containsExactly(1000, 1000, 1000);
        assertThat(result.acByMonth()).containsExactly(800, 800, 0);
        assertThat(result.position().bac()).isEqualTo(3000);
        assertThat(result.position().pv()).as("January and 14 of February's 28 days").isEqualTo(1500);
        assertThat(result.position().ac()).as("the cost of 20 February is after the status date").isEqualTo(1500);
        assertThat(result.earned()).as("no plan: nothing to earn from").isFalse();
        assertThat(result.schedule()).isNull();
    }

    @Test
    void withABaselinePlannedValueIsEachTasksShareSpreadOverItsBaselineAndEarnedByProgress() {
        // shares by duration: 480 and 1440 minutes of a 4000 BAC are 1000 and 3000
        Task january = task(480, "2027-01-01T00:00", "2027-02-01T00:00", "2027-01-02T08:00", "2027-01-31T17:00", 100,
                EarningMethod.PHYSICAL_PERCENT_COMPLETE);
        Task spring = task(1440, "2027-02-01T00:00", "2027-05-01T00:00", "2027-02-01T08:00", null, 20,
                EarningMethod.PHYSICAL_PERCENT_COMPLETE);

        Result result = EarnedValueCalculation.calculate(budget("2027-01", 4000), List.of(january, spring), true,
                List.of(new Cost(LocalDate.parse("2027-02-27"), 2000)), LocalDate.parse("2027-02-28"));

        assertThat(result.source()).isEqualTo(PlannedValueSource.BASELINE);
        // 3000 over 89 days: February 28, March 31, April 30
        assertThat(result.pvByMonth()).hasSize(4);
        assertThat(result.pvByMonth()[0]).isCloseTo(1000, within(1e-9));
        assertThat(result.pvByMonth()[1]).isCloseTo(3000.0 * 28 / 89, within(1e-9));
        assertThat(result.pvByMonth()[2]).isCloseTo(3000.0 * 31 / 89, within(1e-9));
        assertThat(result.pvByMonth()[3]).isCloseTo(3000.0 * 30 / 89, within(1e-9));
        assertThat(result.position().pv()).isCloseTo(1000 + 3000.0 * 28 / 89, within(1e-9));
        assertThat(result.position().ev()).as("1000 finished + 20 % of 3000").isCloseTo(1600, within(1e-9));
        assertThat(result.position().ac()).isEqualTo(2000);
        assertThat(result.position().cpi()).isCloseTo(0.8, within(1e-12));
        // ES = C + I: January's 1000 reached, then (1600 − 1000) / (3000 × 28 / 89) of February
        double es = 1 + 600 / (3000.0 * 28 / 89);
        assertThat(result.schedule().es()).isCloseTo(es, within(1e-9));
        assertThat(result.schedule().actualTime()).as("two whole months").isCloseTo(2, within(1e-12));
        assertThat(result.schedule().plannedDuration()).isEqualTo(4);
        assertThat(result.schedule().spit()).isCloseTo(es / 2, within(1e-9));
        assertThat(result.schedule().ieact()).isCloseTo(4 / (es / 2), within(1e-9));
    }

    @Test
    void aTaskAddedSinceTheBaselinePlansOverItsScheduledDates() {
        Task added = new Task(2, 480, null, null, at("2027-03-01T00:00"), at("2027-04-01T00:00"), null, null, 0,
                EarningMethod.PHYSICAL_PERCENT_COMPLETE);
        Result result = EarnedValueCalculation.calculate(budget("2027-01", 500), List.of(added), true, List.of(),
                LocalDate.parse("2027-01-31"));

        assertThat(result.pvByMonth()).containsExactly(0, 0, 500);
        assertThat(result.position().pv()).isZero();
    }

    @Test
    void eachEarningMethodEarnsByItsRule() {
        Task notStarted = task(60, null, null, null, null, 0, EarningMethod.FIFTY_FIFTY);
        Task startedHalf = task(60, null, null, "2027-01-02T08:00", null, 40, EarningMethod.FIFTY_FIFTY);
        Task startedNothing = task(60, null, null, "2027-01-02T08:00", null, 90, EarningMethod.ZERO_HUNDRED);
        Task finishedAll = task(60, null, null, "2027-01-02T08:00", "2027-01-03T08:00", 100,
                EarningMethod.ZERO_HUNDRED);
        Task physical = task(60, null, null, null, null, 35, EarningMethod.PHYSICAL_PERCENT_COMPLETE);

        assertThat(EarnedValueCalculation.earned(notStarted, 200)).isZero();
        assertThat(EarnedValueCalculation.earned(startedHalf, 200)).isEqualTo(100);
        assertThat(EarnedValueCalculation.earned(startedNothing, 200)).isZero();
        assertThat(EarnedValueCalculation.earned(finishedAll, 200)).isEqualTo(200);
        assertThat(EarnedValueCalculation.earned(physical, 200)).isEqualTo(70);
    }

    @Test
    void sharesFollowDurationAndMilestonesOnlyPlanWhenNothingHasADuration() {
        Task day = task(480, null, null, null, null, 0, EarningMethod.PHYSICAL_PERCENT_COMPLETE);
        Task milestone = task(0, null, null, null, null, 0, EarningMethod.ZERO_HUNDRED);
        assertThat(EarnedValueCalculation.shares(List.of(day, milestone, day), 1000)).containsExactly(500, 0, 500);
        assertThat(EarnedValueCalculation.shares(List.of(milestone, milestone), 1000)).containsExactly(500, 500);
    }

    @Test
    void convertingTakesEachMonthsRateAndTheStatusMonthsForTheValueEarned() {
        Task work = new Task(1, 480, at("2027-01-01T00:00"), at("2027-04-01T00:00"), null, null,
                at("2027-01-04T08:00"), null, 50, EarningMethod.PHYSICAL_PERCENT_COMPLETE);
        Result own = EarnedValueCalculation.calculate(budget("2027-01", 1000, "2027-02", 1000, "2027-03", 1000),
                List.of(), false, COSTS, LocalDate.parse("2027-02-14"));

        Result converted = EarnedValueCalculation.convert(own, new double[] {2, 3, 4});

        assertThat(converted.pvByMonth()).containsExactly(2000, 3000, 4000);
        assertThat(converted.position().bac()).isEqualTo(9000);
        assertThat(converted.position().pv()).isEqualTo(2000 + 500 * 3);
        assertThat(converted.position().ac()).isEqualTo(800 * 2 + 700 * 3);

        Result planned = EarnedValueCalculation.calculate(budget("2027-01", 900), List.of(work), true, List.of(),
                LocalDate.parse("2027-02-28"));
        Result plannedConverted = EarnedValueCalculation.convert(planned, new double[] {2, 3, 4});
        assertThat(plannedConverted.position().ev()).as("450 earned at February's rate").isEqualTo(1350);
        assertThat(plannedConverted.schedule()).isNotNull();
    }

    @Test
    void spreadingSplitsTimeAcrossMonthsAndAMomentFallsInItsMonth() {
        TreeMap<YearMonth, Double> byMonth = new TreeMap<>();
        EarnedValueCalculation.spread(byMonth, 100, at("2027-01-31T00:00"), at("2027-02-02T00:00"));
        EarnedValueCalculation.spread(byMonth, 10, at("2027-03-05T08:00"), at("2027-03-05T08:00"));
        assertThat(byMonth.get(YearMonth.of(2027, 1))).isCloseTo(50, within(1e-9));
        assertThat(byMonth.get(YearMonth.of(2027, 2))).isCloseTo(50, within(1e-9));
        assertThat(byMonth.get(YearMonth.of(2027, 3))).isEqualTo(10);
        assertThat(EarnedValueCalculation.elapsed(at("2027-01-01T00:00"), at("2027-01-11T00:00"),
                at("2027-01-06T00:00"))).isEqualTo(0.5);
    }

    @Test
    void healthCountsHundredthsBelowOneAndNothingAboveIt() {
        assertThat(FinanceHealthIndicators.pointsBelowOne(0.92)).isEqualTo(8.0);
        assertThat(FinanceHealthIndicators.pointsBelowOne(0.755)).isEqualTo(24.5);
        assertThat(FinanceHealthIndicators.pointsBelowOne(1.0)).isZero();
        assertThat(FinanceHealthIndicators.pointsBelowOne(1.3)).isZero();
    }

    @Test
    void healthInputsAreWrittenToTwoDecimalsHalfUp() {
        assertThat(FinanceHealthIndicators.twoDecimals(0.75)).isEqualTo("0.75");
        assertThat(FinanceHealthIndicators.twoDecimals(15000)).isEqualTo("15000.00");
        assertThat(FinanceHealthIndicators.twoDecimals(10333.333333333334)).isEqualTo("10333.33");
        assertThat(FinanceHealthIndicators.twoDecimals(0.125)).isEqualTo("0.13");
        assertThat(FinanceHealthIndicators.twoDecimals(1.0049)).isEqualTo("1.00");
        assertThat(FinanceHealthIndicators.twoDecimals(2.999)).isEqualTo("3.00");
        assertThat(FinanceHealthIndicators.twoDecimals(-5000.257)).isEqualTo("-5000.26");
        assertThat(FinanceHealthIndicators.twoDecimals(-0.05)).isEqualTo("-0.05");
        assertThat(FinanceHealthIndicators.twoDecimals(0)).isEqualTo("0.00");
    }

    @Test
    void aWeightedMilestoneTaskEarnsTheWeightsReachedByTheStatusDateOverAllItsWeights() {
        List<EarnedValueCalculation.Milestone> milestones = List.of(
                new EarnedValueCalculation.Milestone(1, LocalDate.parse("2027-01-10")),
                new EarnedValueCalculation.Milestone(2, LocalDate.parse("2027-02-14")),
                new EarnedValueCalculation.Milestone(1, LocalDate.parse("2027-02-15")));
        Task work = new Task(1, 480, at("2027-01-01T00:00"), at("2027-04-01T00:00"), null, null,
                at("2027-01-04T08:00"), null, 40, EarningMethod.WEIGHTED_MILESTONES, milestones);
        Task other = task(480, "2027-01-01T00:00", "2027-04-01T00:00", null, null, 0,
                EarningMethod.PHYSICAL_PERCENT_COMPLETE);

        Result result = EarnedValueCalculation.calculate(budget("2027-01", 2000), List.of(work, other), true,
                List.of(), LocalDate.parse("2027-02-14"));

        assertThat(result.position().ev()).as("share 1,000 × (1 + 2) / (1 + 2 + 1): the third is reached after the "
                + "status date, and the 40 % complete is not read").isEqualTo(750);
        assertThat(EarnedValueCalculation.earned(work, 1000, LocalDate.parse("2027-01-09")))
                .as("nothing reached yet").isZero();
        assertThat(EarnedValueCalculation.earned(work, 1000, LocalDate.parse("2027-03-01"))).isEqualTo(1000);
        Task finished = new Task(1, 480, null, null, null, null, at("2027-01-04T08:00"), at("2027-01-20T17:00"), 100,
                EarningMethod.WEIGHTED_MILESTONES, milestones);
        assertThat(EarnedValueCalculation.earned(finished, 1000, LocalDate.parse("2027-01-09")))
                .as("a finished task has earned its whole share").isEqualTo(1000);
        Task without = new Task(1, 480, null, null, null, null, at("2027-01-04T08:00"), null, 40,
                EarningMethod.WEIGHTED_MILESTONES, List.of());
        assertThat(EarnedValueCalculation.earned(without, 1000, LocalDate.parse("2027-02-14")))
                .as("without milestones: physical % complete").isEqualTo(400);
    }
}
