package org.lodestar.engine.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.score.ScoringModel.Criterion;
import org.lodestar.engine.score.ScoringModel.Direction;

class ScoreTests {

    @Nested
    class Financials {

        @Test
        void npvDiscountsEachQuarterByAQuarterOfAYear() {
            // 100 now, 100 after a year (quarter 4) at 10%: 100 + 100 / 1.1
            CashFlows flows = CashFlows.ofNet(100, 0, 0, 0, 100);
            assertThat(flows.npv(0.10)).isCloseTo(100 + 100 / 1.1, within(1e-9));
            assertThat(flows.npv(0)).isEqualTo(200);
        }

        @Test
        void irrIsTheRateThatZeroesTheNpv() {
            // -1000 now, +1210 in two years: 10% a year
            CashFlows flows = CashFlows.of(new double[] {1000}, new double[] {0, 0, 0, 0, 0, 0, 0, 0, 1210});
            assertThat(flows.irr()).hasValueCloseTo(0.10, within(1e-9));
            assertThat(flows.npv(flows.irr().getAsDouble())).isCloseTo(0, within(1e-6));
            assertThat(CashFlows.ofNet(100, 100).irr()).isEmpty();
        }

        @Test
        void paybackIsInterpolatedWithinTheQuarter() {
            assertThat(CashFlows.ofNet(-1000, 400, 400, 400).paybackQuarters()).hasValueCloseTo(2.5, within(1e-9));
            assertThat(CashFlows.ofNet(-1000, 400).paybackQuarters()).isEmpty();
            assertThat(CashFlows.ofNet(50, 50).paybackQuarters()).hasValue(0);
        }

        @Test
        void badNumbersAreRefused() {
            assertThatThrownBy(() -> CashFlows.ofNet(Double.NaN)).hasMessageContaining("finite");
            assertThatThrownBy(() -> CashFlows.ofNet(1).npv(-1)).hasMessageContaining("above -100%");
        }
    }

    @Nested
    class AhpWeights {

        @Test
        void aConsistentMatrixGivesExactWeightsAndNoInconsistency() {
            // Weights 4:2:1 compared exactly.
            Ahp.Result result = Ahp.weigh(new double[][] {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
            assertThat(result.weights()).containsExactly(new double[] {4 / 7.0, 2 / 7.0, 1 / 7.0}, within(1e-9));
            assertThat(result.lambdaMax()).isCloseTo(3, within(1e-9));
            assertThat(result.consistencyRatio()).isCloseTo(0, within(1e-9));
            assertThat(result.isConsistent()).isTrue();
        }

        @Test
        void contradictoryComparisonsAreFlagged() {
            // A > B, B > C, but C much more than A.
            Ahp.Result result = Ahp.weigh(new double[][] {{1, 5, 1 / 7.0}, {1 / 5.0, 1, 5}, {7, 1 / 5.0, 1}});
            assertThat(result.consistencyRatio()).isGreaterThan(Ahp.ACCEPTABLE_RATIO);
            assertThat(result.isConsistent()).isFalse();
        }

        @Test
        void saatysTextbookExampleHasItsKnownRatio() {
            // Saaty's 3x3 example: CR about 0.033 (lambda max about 3.039).
            Ahp.Result result = Ahp.weigh(new double[][] {{1, 3, 5}, {1 / 3.0, 1, 3}, {1 / 5.0, 1 / 3.0, 1}});
            assertThat(result.lambdaMax()).isCloseTo(3.0385, within(1e-3));
            assertThat(result.consistencyRatio()).isCloseTo(0.033, within(1e-3));
            assertThat(result.weights()[0]).isCloseTo(0.637, within(1e-3));
        }

        @Test
        void aMatrixWithAShortOrMissingRowIsRefusedAsNotSquare() {
            assertThatThrownBy(() -> Ahp.weigh(new double[][] {{1, 1}, {}}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("square");
            assertThatThrownBy(() -> Ahp.weigh(new double[][] {{1}, null}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("square");
            assertThatThrownBy(() -> Ahp.weigh(new double[][] {{1, 2, 3}, {0.5, 1}, {1 / 3.0, 1, 1}}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 2");
        }

        @Test
        void aMatrixThatIsNotReciprocalIsRefused() {
            assertThatThrownBy(() -> Ahp.weigh(new double[][] {{1, 3}, {3, 1}})).hasMessageContaining("reciprocal");
            assertThatThrownBy(() -> Ahp.weigh(new double[][] {{1, -1}, {-1, 1}})).hasMessageContaining("positive");
        }
    }

    @Nested
    class Scoring {

        private final ScoringModel model = new ScoringModel(List.of(
                Criterion.rated("Strategic fit", 50, 1, 5, Direction.BENEFIT),
                Criterion.rated("Risk", 30, 1, 5, Direction.COST),
                Criterion.measured("NPV", 20, 0, 1_000_000, 1, 5, Direction.BENEFIT)));

        @Test
        void weightsMustAddUpToAHundredAndTheSumIsShown() {
            assertThatThrownBy(() -> new ScoringModel(List.of(Criterion.rated("A", 60, 1, 5, Direction.BENEFIT),
                    Criterion.rated("B", 30, 1, 5, Direction.BENEFIT))))
                    .hasMessage("Weights must add up to 100%; they add up to 90.00%");
        }

        @Test
        void scoresRunFromZeroToAHundredWithCostsInverted() {
            assertThat(model.score(new double[] {5, 1, 5})).isCloseTo(100, within(1e-9));
            assertThat(model.score(new double[] {1, 5, 1})).isCloseTo(0, within(1e-9));
            assertThat(model.score(new double[] {3, 3, 3})).isCloseTo(50, within(1e-9));
            assertThat(model.criteria().get(2).points(500_000)).isEqualTo(3);
            assertThat(model.criteria().get(2).points(9_000_000)).isEqualTo(5);
        }

        @Test
        void aRatingOutsideTheScaleIsRefused() {
            assertThatThrownBy(() -> model.score(new double[] {6, 1, 1})).hasMessageContaining("Strategic fit must be 1 to 5: 6");
        }

        @Test
        void incompleteScorecardsAreLeftOutNotCountedAsZero() {
            ScoringModel.Evaluation evaluation = model.evaluate(List.of(
                    new double[] {5, 1, 5}, new double[] {3, 3, 3}, new double[] {5, Double.NaN, 5}));
            assertThat(evaluation.mean()).isCloseTo(75, within(1e-9));
            assertThat(evaluation.spread()).isCloseTo(50, within(1e-9));
            assertThat(evaluation.complete()).isEqualTo(2);
            assertThat(evaluation.incomplete()).isEqualTo(1);
            assertThat(model.evaluate(List.of(new double[] {5, Double.NaN, 5})).isScored()).isFalse();
        }

        @Test
        void sensitivityShowsRanksMovingWithAWeight() {
            // A is strategic but risky; B is safe but less strategic.
            List<double[]> means = List.of(new double[] {5, 5, 3}, new double[] {3, 1, 3});
            assertThat(model.ranks(means, -1, 0)).containsExactly(2, 1);
            int[][][] sensitivity = model.sensitivity(means);
            assertThat(sensitivity[0][1]).containsExactly(1, 2); // strategic fit +10: A first
            assertThat(sensitivity[1][1]).containsExactly(2, 1); // risk +10: B stays first
        }
    }
}
