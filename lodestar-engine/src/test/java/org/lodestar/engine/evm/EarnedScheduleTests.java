package org.lodestar.engine.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Earned schedule by Lipke's definition ("Schedule is Different", The Measurable News, March 2003; restated in
 * Lipke and Henderson, "Earned Schedule: an emerging enhancement to EVM"): ES = C + (EV − PV_C) / (PV_C+1 − PV_C),
 * SV(t) = ES − AT, SPI(t) = ES / AT, IEAC(t) = PD / SPI(t).
 *
 * <p>One published worked example is reproduced with its published figures (MPUG's ten modules, below). No published
 * numeric ES table with interpolation could be retrieved, so the other expectations are computed by hand from the
 * definition on the PRA worked example's published inputs (cumulative PV 10 %, 20 %, 40 %, 70 %, 100 % of 100,000;
 * EV 35,000 at period 3); they are not published figures.
 */
class EarnedScheduleTests {

    private static final double[] PV = {10_000, 20_000, 40_000, 70_000, 100_000};

    @Test
    void interpolatesWithinTheFirstPeriodNotYetEarned() {
        EarnedSchedule schedule = EarnedSchedule.of(PV, 35_000, 3);
        // C = 2 (20,000 ≤ 35,000 < 40,000); I = (35,000 − 20,000) / (40,000 − 20,000) = 0.75
        assertThat(schedule.es()).isEqualTo(2.75, within(1e-12));
        assertThat(schedule.svt()).isEqualTo(-0.25, within(1e-12));
        assertThat(schedule.spit()).isEqualTo(2.75 / 3, within(1e-12));
        assertThat(schedule.plannedDuration()).isEqualTo(5);
        assertThat(schedule.ieact()).isEqualTo(5 / (2.75 / 3), within(1e-12));
    }

    @Test
    void aLateProjectKeepsAnSpiTBelowOneWhenTheMoneySpiHasReturnedToOne() {
        // every planned euro earned, but at month 7 of a 5-month plan: SPI = 1, SPI(t) = 5/7
        EarnedSchedule late = EarnedSchedule.of(PV, 100_000, 7);
        assertThat(new EarnedValue(100_000, 100_000, 100_000, 100_000).spi()).isEqualTo(1);
        assertThat(late.es()).isEqualTo(5);
        assertThat(late.spit()).isEqualTo(5.0 / 7, within(1e-12));
        assertThat(late.svt()).isEqualTo(-2);
        assertThat(late.ieact()).isEqualTo(7, within(1e-12));
    }

    /**
     * The published example of "Earned Schedule Management (ESM)", MPUG (Microsoft Project User Group),
     * https://mpug.com/articles/earned-schedule-management-esm: ten modules of US$100,000 each planned over ten
     * months (BAC US$1M), the project took twelve months and cost US$1.3M. Published figures: at completion
     * "Schedule variance = US$0.0M", "Schedule performance index = 1.0", yet "the project is two months behind
     * schedule" with "a cost overrun of US$0.3 million". Earned schedule gives the two months: ES = 10, AT = 12,
     * SV(t) = −2. (The article's SPI(t) was not in the part of it that could be retrieved; 10/12 is the definition's.)
     */
    @Test
    void reproducesThePublishedTenModuleExampleTwoMonthsLateWithAMoneySpiOfOne() {
        double[] planned = new double[10];
        for (int month = 0; month < 10; month++) planned[month] = 100_000.0 * (month + 1);   // a module a month
        EarnedValue atCompletion = new EarnedValue(1_000_000, 1_000_000, 1_000_000, 1_300_000);
        assertThat(atCompletion.sv()).isZero();                                   // "US$0.0M"
        assertThat(atCompletion.spi()).isEqualTo(1.0);                            // "1.0"
        assertThat(atCompletion.cv()).isEqualTo(-300_000, within(1e-6));          // "a cost overrun of US$0.3 million"

        EarnedSchedule late = EarnedSchedule.of(planned, 1_000_000, 12);
        assertThat(late.es()).isEqualTo(10);
        assertThat(late.svt()).isEqualTo(-2);                                     // "two months behind schedule"
        assertThat(late.spit()).isEqualTo(10.0 / 12, within(1e-12));
    }

    @Test
    void earnedValueExactlyOnAPeriodBoundaryEarnsWholePeriods() {
        assertThat(EarnedSchedule.of(PV, 40_000, 3).es()).isEqualTo(3);
        assertThat(EarnedSchedule.of(PV, 0, 1).es()).isZero();
        assertThat(EarnedSchedule.of(PV, 5_000, 1).es()).isEqualTo(0.5, within(1e-12));
    }

    @Test
    void aheadOfScheduleGivesAPositiveVariance() {
        EarnedSchedule ahead = EarnedSchedule.of(PV, 55_000, 3);
        assertThat(ahead.es()).isEqualTo(3.5, within(1e-12));
        assertThat(ahead.svt()).isEqualTo(0.5, within(1e-12));
    }

    @Test
    void aPlanThatEndsEarlyHasItsOwnPlannedDuration() {
        double[] front = {50_000, 100_000, 100_000, 100_000};
        assertThat(EarnedSchedule.of(front, 25_000, 1).plannedDuration()).isEqualTo(2);
    }

    @Test
    void noActualTimeGivesNoIndex() {
        assertThat(EarnedSchedule.of(PV, 0, 0).spit()).isNaN();
        assertThat(EarnedSchedule.of(PV, 0, 0).ieact()).isNaN();
    }

    @Test
    void refusesADecreasingPlanOrNegativeInputs() {
        assertThatThrownBy(() -> EarnedSchedule.of(new double[] {10, 5}, 1, 1)).hasMessageContaining("decrease");
        assertThatThrownBy(() -> EarnedSchedule.of(PV, -1, 1)).hasMessageContaining("ev");
        assertThatThrownBy(() -> EarnedSchedule.of(PV, 1, -1)).hasMessageContaining("actualTime");
        assertThatThrownBy(() -> EarnedSchedule.of(new double[0], 1, 1)).hasMessageContaining("empty");
    }
}
