package org.lodestar.engine.select;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lodestar.engine.select.SelectionExplainer.Infeasibility;
import org.lodestar.engine.select.SelectionExplainer.Reason;

class SelectionExplainerTests {

    @Test
    void namesTheDimensionThatWouldOverflowAndByHowMuch() {
        SelectionModel.Builder b = SelectionModel.builder();
        b.dimension("Q3 budget", 1000);
        int java = b.dimension("Q3 Java developers (FTE/100)", 300);
        int a = b.candidate("A", 10, 500, 200);
        int c = b.candidate("C", 5, 100, 240);
        SelectionModel model = b.build();
        Reason[] reasons = SelectionExplainer.whyNot(model, new Selection(new int[] {0, -1}, 10, 10, Selection.Status.OPTIMAL));
        assertThat(reasons[a]).isNull();
        assertThat(reasons[c]).isEqualTo(new Reason(Reason.Kind.CAPACITY, java, 140, -1));
    }

    @Test
    void namesTheRuleThatStandsInTheWay() {
        SelectionModel.Builder b = SelectionModel.builder();
        b.dimension("Budget", 100);
        int platform = b.candidate("Platform", 1, 90);
        int app = b.candidate("App", 1, 5);
        int rival = b.candidate("Rival", 1, 5);
        int banned = b.candidate("Banned", 1, 1);
        int idle = b.candidate("Idle", 0, 1);
        SelectionModel model = b.requires(app, platform).excludes(rival, banned).excluded(banned).build();
        Selection selection = new Selection(new int[] {-1, -1, 0, -1, -1}, 1, 1, Selection.Status.OPTIMAL);
        Reason[] reasons = SelectionExplainer.whyNot(model, selection);
        assertThat(reasons[app]).isEqualTo(new Reason(Reason.Kind.REQUIRES, -1, 0, platform));
        assertThat(reasons[banned].kind()).isEqualTo(Reason.Kind.EXCLUDED);
        assertThat(reasons[idle].kind()).isEqualTo(Reason.Kind.LOWER_VALUE);
        assertThat(reasons[platform].kind()).isEqualTo(Reason.Kind.LOWER_VALUE);
    }

    @Test
    void mandatoryItemsThatCannotFitAreNamedWithTheOverflow() {
        SelectionModel.Builder b = SelectionModel.builder();
        b.dimension("Q1 budget", 500_000);
        int q2 = b.dimension("Q2 budget", 300_000);
        b.candidate("Regulation A", 1, new SelectionModel.Option(0, new long[] {100_000, 200_000}));
        b.candidate("Regulation B", 1, new SelectionModel.Option(0, new long[] {0, 220_000}),
                new SelectionModel.Option(1, new long[] {50_000, 240_000}));
        SelectionModel model = b.mandatory(0).mandatory(1).build();
        assertThat(SelectionExplainer.infeasibility(model))
                .contains(new Infeasibility(Infeasibility.Kind.MANDATORY_OVER_CAPACITY, q2, 120_000, -1, -1));
    }

    @Test
    void contradictoryRulesAreNamed() {
        SelectionModel.Builder b = SelectionModel.builder();
        b.dimension("Budget", 100);
        int a = b.candidate("A", 1, 1);
        int c = b.candidate("C", 1, 1);
        assertThat(SelectionExplainer.infeasibility(b.mandatory(a).mandatory(c).excludes(a, c).build()))
                .hasValueSatisfying(i -> assertThat(i.kind()).isEqualTo(Infeasibility.Kind.MANDATORY_CONFLICT));
        SelectionModel.Builder fine = SelectionModel.builder();
        fine.dimension("Budget", 100);
        fine.candidate("A", 1, 100);
        assertThat(SelectionExplainer.infeasibility(fine.mandatory(0).build())).isEmpty();
    }
}
