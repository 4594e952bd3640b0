package org.lodestar.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lodestar.status.HealthIndicatorSource.IndicatorDefinition;

/** The over-allocation indicator's percentage against its default thresholds: over 100 % amber, over 120 % red. */
class OverAllocationIndicatorTests {

    private static final IndicatorDefinition LIMITS = new OverAllocationIndicator(null, null).definitions().get(0);

    private static String rating(String demand, String capacity) {
        double value = OverAllocationIndicator.percent(new BigDecimal(demand), new BigDecimal(capacity));
        return value >= LIMITS.redAt() ? "RED" : value >= LIMITS.amberAt() ? "AMBER" : "GREEN";
    }

    @Test
    void exactlyFullIsGreenAndTheSmallestExcessThePageMarksOverIsAmber() {
        assertThat(OverAllocationIndicator.percent(new BigDecimal("40.0"), new BigDecimal("40.0"))).isEqualTo(100.0);
        assertThat(rating("40.0", "40.0")).isEqualTo("GREEN");
        assertThat(rating("40.1", "40.0")).as("0.1 h over, as the page's over marker").isEqualTo("AMBER");
        assertThat(rating("168.1", "168.0")).as("rounded up, never down to 100").isEqualTo("AMBER");
    }

    @Test
    void exactly120IsAmberAndAboveIsRed() {
        assertThat(rating("48.0", "40.0")).isEqualTo("AMBER");
        assertThat(rating("48.1", "40.0")).isEqualTo("RED");
    }

    @Test
    void noDemandIsZeroAndDemandWithoutCapacityIsTheMost() {
        assertThat(OverAllocationIndicator.percent(BigDecimal.ZERO, BigDecimal.ZERO)).isZero();
        assertThat(OverAllocationIndicator.percent(new BigDecimal("8"), BigDecimal.ZERO))
                .isEqualTo(OverAllocationIndicator.NO_CAPACITY);
        assertThat(rating("8", "0")).isEqualTo("RED");
    }

    /** The input shows the percentage as written to one decimal place, for every demand and capacity in tenths. */
    @Test
    void thePercentageIsWrittenToOneDecimalPlace() {
        for (int demand = 0; demand <= 2_000; demand += 7) {
            for (int capacity = 1; capacity <= 600; capacity += 13) {
                double percent = OverAllocationIndicator.percent(BigDecimal.valueOf(demand, 1),
                        BigDecimal.valueOf(capacity, 1));
                assertThat(Double.toString(percent)).as(demand + " / " + capacity)
                        .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", percent));
            }
        }
    }
}
