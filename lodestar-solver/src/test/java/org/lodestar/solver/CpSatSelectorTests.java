package org.lodestar.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.select.GreedySelector;
import org.lodestar.engine.select.Selection;
import org.lodestar.engine.select.SelectionModel;

class CpSatSelectorTests {

    private final CpSatSelector solver = new CpSatSelector(Duration.ofSeconds(5), 2);

    @Test
    void findsTheOptimumWhereGreedyDoesNot() {
        // Greedy by ratio takes A (1.2/unit) and then nothing fits; B + C fill the budget exactly for more value.
        SelectionModel.Builder b = SelectionModel.builder();
        b.dimension("Budget", 100);
        b.candidate("A", 66, 55);
        int bb = b.candidate("B", 55, 50);
        int c = b.candidate("C", 55, 50);
        SelectionModel model = b.build();
        assertThat(GreedySelector.select(model).value()).isEqualTo(66);
        Selection best = solver.select(model);
        assertThat(best.status()).isEqualTo(Selection.Status.OPTIMAL);
        assertThat(best.value()).isEqualTo(110);
        assertThat(best.isChosen(bb) && best.isChosen(c)).isTrue();
        assertThat(best.gap()).isZero();
        assertThat(model.violations(best)).isEmpty();
    }

    @Test
    void theLinearRelaxationIsTheFractionalOptimum() {
        // Best fractional answer: all of A (ratio 2) and half of B: 100 + 30.
        SelectionModel.Builder b = SelectionModel.builder();
        b.dimension("Budget", 100);
        b.candidate("A", 100, 50);
        b.candidate("B", 60, 100);
        assertThat(CpSatSelector.linearRelaxation(b.build())).isCloseTo(130, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void shiftsAStartToALaterQuarterWhenThatFundsMore() {
        SelectionModel.Builder b = SelectionModel.builder();
        b.dimension("Q1", 100);
        b.dimension("Q2", 100);
        b.candidate("A", 10, new SelectionModel.Option(0, new long[] {100, 0}));
        int flexible = b.candidate("B", 10, new SelectionModel.Option(0, new long[] {50, 50}),
                new SelectionModel.Option(1, new long[] {0, 100}));
        SelectionModel model = b.build();
        Selection best = solver.select(model);
        assertThat(best.value()).isEqualTo(20);
        assertThat(best.option(flexible)).isEqualTo(1);
    }

    @Test
    void aScenarioWhoseMandatoryItemsCannotFitIsInfeasible() {
        SelectionModel.Builder b = SelectionModel.builder();
        b.dimension("Q2 budget", 100);
        int a = b.candidate("A", 1, 70);
        int c = b.candidate("C", 1, 50);
        SelectionModel model = b.mandatory(a).mandatory(c).build();
        assertThat(solver.select(model).status()).isEqualTo(Selection.Status.INFEASIBLE);
    }

    @Test
    void rulesAreRespected() {
        SelectionModel.Builder b = SelectionModel.builder();
        b.dimension("Budget", 100);
        int platform = b.candidate("Platform", 1, 40);
        int app = b.candidate("App", 100, 40);
        int rival = b.candidate("Rival", 99, 10);
        int banned = b.candidate("Banned", 500, 1);
        SelectionModel model = b.requires(app, platform).excludes(app, rival).excluded(banned).build();
        Selection best = solver.select(model);
        assertThat(best.value()).isEqualTo(101);
        assertThat(best.isChosen(platform) && best.isChosen(app)).isTrue();
        assertThat(model.violations(best)).isEmpty();
    }

    /** Against exhaustive search on small random knapsacks with two dimensions and random rules. */
    @Property(tries = 40)
    void matchesExhaustiveSearch(@ForAll @IntRange(min = 1, max = 12) int size, @ForAll long seed) {
        Random random = new Random(seed);
        SelectionModel.Builder b = SelectionModel.builder();
        b.dimension("D1", 10 + random.nextInt(100));
        b.dimension("D2", 10 + random.nextInt(100));
        for (int i = 0; i < size; i++) {
            b.candidate("C" + i, random.nextInt(100), random.nextInt(40), random.nextInt(40));
        }
        if (size > 2) {
            b.requires(0, 1).excludes(1, 2);
        }
        SelectionModel model = b.build();
        Selection best = solver.select(model);
        assertThat(model.violations(best)).isEmpty();
        assertThat(best.value()).isEqualTo(exhaustive(model));
        assertThat(CpSatSelector.linearRelaxation(model)).isGreaterThanOrEqualTo(best.value() - 1e-6);
        assertThat(best.value()).isGreaterThanOrEqualTo(GreedySelector.select(model).value());
    }

    private static long exhaustive(SelectionModel model) {
        int n = model.candidates();
        long best = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            int[] options = new int[n];
            for (int c = 0; c < n; c++) {
                options[c] = (mask >> c & 1) == 1 ? 0 : -1;
            }
            Selection s = new Selection(options, 0, 0, Selection.Status.FEASIBLE);
            if (model.violations(s).isEmpty()) {
                best = Math.max(best, model.valueOf(s));
            }
        }
        return best;
    }
}
