package org.lodestar.engine.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GreedySelectorTests {

    @Test
    void takesTheBestValueForMoneyFirst() {
        SelectionModel.Builder b = SelectionModel.builder();
        b.dimension("Budget", 100);
        int cheapGood = b.candidate("Cheap and good", 60, 30);
        int dear = b.candidate("Dear", 80, 90);
        int middling = b.candidate("Middling", 50, 60);
        SelectionModel model = b.build();
        Selection s = GreedySelector.select(model);
        assertThat(s.isChosen(cheapGood)).isTrue();
        assertThat(s.isChosen(middling)).isTrue();
        assertThat(s.isChosen(dear)).isFalse();
        assertThat(s.value()).isEqualTo(110);
        assertThat(model.violations(s)).isEmpty();
    }

    @Test
    void honoursMandatoryExcludedRequiresAndExcludes() {
        SelectionModel.Builder b = SelectionModel.builder();
        b.dimension("Budget", 100);
        int regulatory = b.candidate("Regulatory", 1, 50);
        int platform = b.candidate("Platform", 10, 20);
        int app = b.candidate("App on the platform", 100, 10);
        int rival = b.candidate("Rival app", 90, 10);
        int banned = b.candidate("Banned", 1000, 1);
        SelectionModel model = b.mandatory(regulatory).requires(app, platform).excludes(app, rival).excluded(banned).build();
        Selection s = GreedySelector.select(model);
        assertThat(s.isChosen(regulatory)).isTrue();
        assertThat(s.isChosen(app)).isTrue();
        assertThat(s.isChosen(platform)).isTrue();
        assertThat(s.isChosen(rival)).isFalse();
        assertThat(s.isChosen(banned)).isFalse();
        assertThat(model.violations(s)).isEmpty();
    }

    @Test
    void triesALaterStartWhenTheFirstDoesNotFit() {
        SelectionModel.Builder b = SelectionModel.builder();
        b.dimension("Q1 budget", 100);
        b.dimension("Q2 budget", 100);
        b.candidate("A", 10, new SelectionModel.Option(0, new long[] {80, 0}));
        int later = b.candidate("B", 5, new SelectionModel.Option(0, new long[] {60, 0}),
                new SelectionModel.Option(1, new long[] {0, 60}));
        SelectionModel model = b.build();
        Selection s = GreedySelector.select(model);
        assertThat(s.option(later)).isEqualTo(1);
        assertThat(model.optionPeriod(model.firstOption(later) + s.option(later))).isEqualTo(1);
    }

    @Test
    void violationsAreNamedInWords() {
        SelectionModel.Builder b = SelectionModel.builder();
        b.dimension("Q3 Java developers", 2);
        int a = b.candidate("A", 1, 2);
        int c = b.candidate("C", 1, 1);
        SelectionModel model = b.mandatory(a).requires(c, a).build();
        assertThat(model.violations(new Selection(new int[] {0, 0}, 2, 2, Selection.Status.FEASIBLE)))
                .containsExactly("Q3 Java developers exceeded by 1");
        assertThat(model.violations(new Selection(new int[] {-1, 0}, 1, 1, Selection.Status.FEASIBLE)))
                .containsExactly("A is mandatory but not chosen", "C requires A");
    }

    @Test
    void badModelsAreRefused() {
        SelectionModel.Builder b = SelectionModel.builder();
        b.dimension("Budget", 10);
        assertThatThrownBy(() -> b.candidate("A", 1, 1, 2)).hasMessageContaining("for each of the 1 dimensions");
        assertThatThrownBy(() -> b.candidate("A", -1, 1)).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> new SelectionModel.Option(0, new long[] {-3})).hasMessageContaining("negative");
    }
}
