package org.lodestar.engine.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lodestar.engine.health.Rag.AMBER;
import static org.lodestar.engine.health.Rag.GREEN;
import static org.lodestar.engine.health.Rag.RED;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HealthRollupTests {

    private final HealthRollup rollup = HealthRollup.standard();

    @Test
    void worstOfIsRedWhenAnyProjectIsRed() {
        assertThat(HealthRollup.worstOf(new Rag[] {GREEN, RED, AMBER})).isEqualTo(RED);
    }

    @Test
    void unratedProjectsAreLeftOutNotCountedAsGreen() {
        assertThat(HealthRollup.worstOf(new Rag[] {null, AMBER, null})).isEqualTo(AMBER);
        assertThat(HealthRollup.worstOf(new Rag[] {null, null})).isNull();
        assertThat(rollup.weighted(new Rag[] {null, RED}, new double[] {1_000_000, 10})).isEqualTo(RED);
    }

    @Test
    void aSmallRedProjectDoesNotTurnALargeGreenPortfolioRed() {
        Rag[] ratings = {GREEN, GREEN, RED};
        double[] budgets = {4_000_000, 5_000_000, 250_000};
        assertThat(rollup.weighted(ratings, budgets)).isEqualTo(GREEN);
    }

    @Test
    void aLargeRedProjectTurnsThePortfolioRed() {
        Rag[] ratings = {GREEN, AMBER, RED};
        double[] budgets = {500_000, 1_000_000, 8_000_000};
        assertThat(rollup.weighted(ratings, budgets)).isEqualTo(RED);
    }

    @Test
    void mixedWeightsLandOnAmber() {
        // mean = (1*0 + 1*1 + 1*2) / 3 = 1.0: between amber (0.5) and red (1.25)
        assertThat(rollup.weighted(new Rag[] {GREEN, AMBER, RED}, new double[] {1, 1, 1})).isEqualTo(AMBER);
    }

    @Test
    void nothingWeighedGivesNoRating() {
        assertThat(rollup.weighted(new Rag[] {RED}, new double[] {0})).isNull();
        assertThat(rollup.weighted(new Rag[0], new double[0])).isNull();
    }

    @Test
    void rejectsNegativeWeightsAndMismatchedArrays() {
        assertThatThrownBy(() -> rollup.weighted(new Rag[] {RED}, new double[] {-1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight 0");
        assertThatThrownBy(() -> rollup.weighted(new Rag[] {RED}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
    }

    @Test
    void rejectsThresholdsOutOfOrder() {
        assertThatThrownBy(() -> new HealthRollup(1.5, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void weightedIsNeverWorseThanWorstOf(
            @ForAll @Size(max = 50) Rag[] ratings, @ForAll @DoubleRange(min = 0, max = 1e9) double weight) {
        double[] weights = new double[ratings.length];
        java.util.Arrays.fill(weights, weight);
        Rag weighted = rollup.weighted(ratings, weights);
        Rag worst = HealthRollup.worstOf(ratings);
        if (weighted != null) {
            assertThat(weighted.compareTo(worst)).isLessThanOrEqualTo(0);
        }
    }

    @Property
    void allProjectsSharingOneRatingRollUpToThatRating(
            @ForAll Rag rating, @ForAll @IntRange(min = 1, max = 50) int projects) {
        Rag[] ratings = new Rag[projects];
        java.util.Arrays.fill(ratings, rating);
        double[] weights = new double[projects];
        java.util.Arrays.fill(weights, 1);
        assertThat(rollup.weighted(ratings, weights)).isEqualTo(rating);
        assertThat(HealthRollup.worstOf(ratings)).isEqualTo(rating);
    }
}
