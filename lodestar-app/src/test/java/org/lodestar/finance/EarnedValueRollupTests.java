package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.evm.EarnedSchedule;
import org.lodestar.engine.evm.EarnedValue;
import org.lodestar.finance.EarnedValueCalculation.PlannedValueSource;
import org.lodestar.finance.EarnedValueCalculation.Result;

/**
 * Two projects added up as a programme would be, in two currencies; every figure is computed by hand.
 *
 * <p>A, in euros: January to April 2027, PV 100 a month, AC 120 and 60 in January and February, status date
 * 28 February 2027 (PV 200, EV 150, AC 180). B, in dollars: March to June 2027, PV 200 dollars a month, AC 100 in
 * March, status date 31 March 2027 (PV 200, EV 300, AC 100), converted at 0.5 euro to the dollar in March and April
 * and 0.6 in May and June: PV 100, 100, 120, 120 euros, BAC 440, and at the status month's rate PV 100, EV 150,
 * AC 50.
 */
class EarnedValueRollupTests {

    private static final YearMonth JANUARY = YearMonth.of(2027, 1);
    private static final YearMonth MARCH = YearMonth.of(2027, 3);

    private static Result a() {
        return EarnedValueCalculation.result(JANUARY, new double[] {100, 100, 100, 100}, new double[] {120, 60, 0, 0},
                LocalDate.of(2027, 2, 28), new EarnedValue(400, 200, 150, 180), true, PlannedValueSource.BUDGET);
    }

    private static Result bInEuros() {
        Result dollars = EarnedValueCalculation.result(MARCH, new double[] {200, 200, 200, 200},
                new double[] {100, 0, 0, 0}, LocalDate.of(2027, 3, 31), new EarnedValue(800, 200, 300, 100), true,
                PlannedValueSource.BUDGET);
        return EarnedValueCalculation.convert(dollars, new double[] {0.5, 0.5, 0.6, 0.6});
    }

    @Test
    void theAmountsAddUpAndTheIndicesAreThoseOfTheSums() {
        Result sum = EarnedValueRollup.combine(List.of(a(), bInEuros()));
        EarnedValue position = sum.position();
        assertThat(position.bac()).isEqualTo(840, within(1e-9));
        assertThat(position.pv()).isEqualTo(300, within(1e-9));
        assertThat(position.ev()).isEqualTo(300, within(1e-9));
        assertThat(position.ac()).isEqualTo(230, within(1e-9));
        assertThat(position.spi()).isEqualTo(1, within(1e-12));
        assertThat(position.cpi()).isEqualTo(300.0 / 230, within(1e-12));
        assertThat(position.eacByCpi()).isEqualTo(840 * 230 / 300.0, within(1e-9));
        assertThat(sum.earned()).isTrue();
    }

    @Test
    void theCurvesAreSummedByCalendarMonthFromTheEarliestToTheLatestMonth() {
        Result sum = EarnedValueRollup.combine(List.of(bInEuros(), a()));
        assertThat(sum.first()).isEqualTo(JANUARY);
        assertThat(sum.pvByMonth()).containsExactly(new double[] {100, 100, 200, 200, 120, 120}, within(1e-9));
        assertThat(sum.acByMonth()).containsExactly(new double[] {120, 60, 50, 0, 0, 0}, within(1e-9));
        assertThat(sum.statusDate()).as("the latest status date").isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void earnedScheduleIsReadOffTheSummedCurveNotAddedUp() {
        Result a = a();
        Result b = bInEuros();
        // each project alone: A's ES 1.5 of AT 2 (SPI(t) 0.75); B's ES 1.5 of AT 1 on its own months (SPI(t) 1.5)
        assertThat(a.schedule().es()).isEqualTo(1.5, within(1e-12));
        assertThat(a.schedule().actualTime()).isEqualTo(2, within(1e-12));
        assertThat(b.schedule().es()).isEqualTo(1.5, within(1e-12));
        assertThat(b.schedule().actualTime()).isEqualTo(1, within(1e-12));

        // together: cumulative PV 100, 200, 400, 600, 720, 840 from January; EV 300 lies between 200 and 400
        EarnedSchedule schedule = EarnedValueRollup.combine(List.of(a, b)).schedule();
        assertThat(schedule.es()).as("C = 2, I = (300 - 200) / (400 - 200)").isEqualTo(2.5, within(1e-12));
        assertThat(schedule.actualTime()).as("January to the end of March").isEqualTo(3, within(1e-12));
        assertThat(schedule.plannedDuration()).isEqualTo(6);
        assertThat(schedule.svt()).isEqualTo(-0.5, within(1e-12));
        assertThat(schedule.spit()).isEqualTo(2.5 / 3, within(1e-12));
        assertThat(schedule.ieact()).isEqualTo(6 / (2.5 / 3), within(1e-12));
        assertThat(schedule.es()).as("not the sum of the projects' ES").isNotEqualTo(3.0);
    }

    @Test
    void aProjectWithoutAPlanLeavesTheGroupWithoutEarnedValue() {
        Result unplanned = EarnedValueCalculation.result(JANUARY, new double[] {50}, new double[] {10},
                LocalDate.of(2027, 1, 31), new EarnedValue(50, 50, 0, 10), false, PlannedValueSource.BUDGET);
        Result sum = EarnedValueRollup.combine(List.of(a(), unplanned));
        assertThat(sum.earned()).isFalse();
        assertThat(sum.schedule()).isNull();
        assertThat(sum.position().bac()).isEqualTo(450, within(1e-9));
    }
}
