package org.lodestar.engine.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lodestar.engine.evm.EarningMethod.FIFTY_FIFTY;
import static org.lodestar.engine.evm.EarningMethod.PHYSICAL_PERCENT_COMPLETE;
import static org.lodestar.engine.evm.EarningMethod.WEIGHTED_MILESTONES;
import static org.lodestar.engine.evm.EarningMethod.ZERO_HUNDRED;

import org.junit.jupiter.api.Test;

class EarningMethodTests {

    @Test
    void zeroHundredEarnsNothingUntilTheTaskFinishes() {
        assertThat(ZERO_HUNDRED.earned(8_000, false, false, 0)).isZero();
        assertThat(ZERO_HUNDRED.earned(8_000, true, false, 90)).isZero();
        assertThat(ZERO_HUNDRED.earned(8_000, true, true, 100)).isEqualTo(8_000);
    }

    @Test
    void fiftyFiftyEarnsHalfAtTheStartAndHalfAtTheFinish() {
        assertThat(FIFTY_FIFTY.earned(8_000, false, false, 0)).isZero();
        assertThat(FIFTY_FIFTY.earned(8_000, true, false, 10)).isEqualTo(4_000);
        assertThat(FIFTY_FIFTY.earned(8_000, true, true, 100)).isEqualTo(8_000);
    }

    @Test
    void physicalPercentCompleteEarnsInProportion() {
        assertThat(PHYSICAL_PERCENT_COMPLETE.earned(8_000, true, false, 25)).isEqualTo(2_000);
        assertThat(PHYSICAL_PERCENT_COMPLETE.earned(8_000, true, true, 60)).isEqualTo(8_000);
        assertThatThrownBy(() -> PHYSICAL_PERCENT_COMPLETE.earned(8_000, true, false, 101))
                .hasMessageContaining("percentComplete");
    }

    @Test
    void weightedMilestonesEarnTheWeightsReached() {
        double earned = EarningMethod.earnedByMilestones(
                10_000, new double[] {1, 3, 6}, new boolean[] {true, true, false});
        assertThat(earned).isEqualTo(4_000);
        assertThatThrownBy(() -> WEIGHTED_MILESTONES.earned(10_000, true, false, 50))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> EarningMethod.earnedByMilestones(10_000, new double[] {0, 0}, new boolean[2]))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> EarningMethod.earnedByMilestones(10_000, new double[] {1}, new boolean[2]))
                .hasMessageContaining("length");
    }

    @Test
    void refusesANegativeBudget() {
        assertThatThrownBy(() -> ZERO_HUNDRED.earned(-1, true, true, 100)).hasMessageContaining("budget");
    }
}
