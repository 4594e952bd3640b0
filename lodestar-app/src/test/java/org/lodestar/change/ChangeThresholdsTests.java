package org.lodestar.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Routing by the PMO's thresholds: above either one (either way), the steering committee decides. */
class ChangeThresholdsTests {

    private final ChangeThresholds thresholds = new ChangeThresholds(new BigDecimal("50000"), 20, 0L);

    @Test
    void withinBothThresholdsTheProjectDecides() {
        assertThat(thresholds.route(new BigDecimal("50000"), 20)).isEqualTo(ChangeRouting.PROJECT);
        assertThat(thresholds.route(new BigDecimal("-50000"), -20)).isEqualTo(ChangeRouting.PROJECT);
        assertThat(thresholds.route(BigDecimal.ZERO, 0)).isEqualTo(ChangeRouting.PROJECT);
    }

    @Test
    void aboveEitherThresholdTheSteeringCommitteeDecides() {
        assertThat(thresholds.route(new BigDecimal("50000.01"), 0)).isEqualTo(ChangeRouting.STEERING_COMMITTEE);
        assertThat(thresholds.route(BigDecimal.ZERO, 21)).isEqualTo(ChangeRouting.STEERING_COMMITTEE);
        assertThat(thresholds.route(new BigDecimal("-60000"), 0)).isEqualTo(ChangeRouting.STEERING_COMMITTEE);
        assertThat(thresholds.route(BigDecimal.ZERO, -21)).isEqualTo(ChangeRouting.STEERING_COMMITTEE);
    }
}
