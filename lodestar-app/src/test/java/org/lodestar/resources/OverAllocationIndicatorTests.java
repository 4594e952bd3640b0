package org.lodestar.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.lodestar.status.HealthIndicatorSource.IndicatorDefinition;

/** The over-allocation indicator's percentage against its default thresholds: over 100 % amber, over 120 % red. */
class OverAllocationIndicatorTests {

    private static final IndicatorDefinition LIMITS = new OverAllocationIndicator(null, null).definitions().get(0);

    /** The rating of a demand and capacity in tenths of an hour. */
    private static String rating(long demand, long capacity) {
        double value = OverAllocationIndicator.percent(demand, capacity);
        return value >= LIMITS.redAt() ? "RED" : value >= LIMITS.amberAt() ? "AMBER" : "GREEN";
    }

    @Test
    void exactlyFullIsGreenAndTheSmallestExcessThePageMarksOverIsAmber() {
        assertThat(OverAllocationIndicator.percent(400, 400)).isEqualTo(100.0);
        assertThat(rating(400, 400)).isEqualTo("GREEN");
        assertThat(rating(401, 400)).as("0.1 h over, as the page's over marker").isEqualTo("AMBER");
        assertThat(rating(1681, 1680)).as("rounded up, never down to 100").isEqualTo("AMBER");
    }

    @Test
    void exactly120IsAmberAndAboveIsRed() {
        assertThat(rating(480, 400)).isEqualTo("AMBER");
        assertThat(rating(481, 400)).isEqualTo("RED");
    }

    @Test
    void noDemandIsZeroAndDemandWithoutCapacityIsTheMost() {
        assertThat(OverAllocationIndicator.percent(0, 0)).isZero();
        assertThat(OverAllocationIndicator.percent(80, 0)).isEqualTo(OverAllocationIndicator.NO_CAPACITY);
        assertThat(rating(80, 0)).isEqualTo("RED");
        assertThat(OverAllocationIndicator.percent(100_000, 10)).as("capped").isEqualTo(OverAllocationIndicator.NO_CAPACITY);
    }

    /**
     * The percentage in whole numbers equals the decimal division it replaced (demand × 100 / capacity rounded up to
     * a tenth), and is written to one decimal place, for every demand and capacity in tenths of these ranges.
     */
    @Test
    void thePercentageIsTheDecimalDivisionRoundedUpAndWrittenToOneDecimalPlace() {
        for (long demand = 1; demand <= 2_000; demand += 7) {
            for (long capacity = 1; capacity <= 600; capacity += 13) {
                double percent = OverAllocationIndicator.percent(demand, capacity);
                double decimal = Math.min(BigDecimal.valueOf(demand, 1).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(capacity, 1), 1, RoundingMode.CEILING).doubleValue(),
                        OverAllocationIndicator.NO_CAPACITY);
                assertThat(percent).as(demand + " / " + capacity).isEqualTo(decimal);
                assertThat(Double.toString(percent)).as(demand + " / " + capacity)
                        .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", percent));
            }
        }
    }
}
