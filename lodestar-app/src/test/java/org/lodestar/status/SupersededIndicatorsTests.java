package org.lodestar.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.health.Rag;

/** A finer indicator measured for a project replaces the rougher one it supersedes, for that project only. */
class SupersededIndicatorsTests {

    private static final Map<String, String> CPI_REPLACES_BURN =
            Map.of("finance.costPerformance", "status.budgetBurn");

    private static HealthIndicatorView indicator(String key, Rag rag) {
        return new HealthIndicatorView(key, "points", 1, 5, 10, rag, List.of());
    }

    @Test
    void whereTheCpiIsMeasuredTheBudgetBurnIsLeftOut() {
        List<HealthIndicatorView> kept = ComputedHealth.withoutSuperseded(List.of(
                indicator("status.budgetBurn", Rag.RED), indicator("finance.costPerformance", Rag.GREEN),
                indicator("status.daysSinceReport", Rag.AMBER)), CPI_REPLACES_BURN);
        assertThat(kept).extracting(HealthIndicatorView::key)
                .containsExactly("finance.costPerformance", "status.daysSinceReport");
    }

    @Test
    void withoutTheCpiTheBudgetBurnStillCounts() {
        List<HealthIndicatorView> kept = ComputedHealth.withoutSuperseded(List.of(
                indicator("status.budgetBurn", Rag.RED), indicator("status.daysSinceReport", Rag.GREEN)),
                CPI_REPLACES_BURN);
        assertThat(kept).extracting(HealthIndicatorView::key)
                .containsExactly("status.budgetBurn", "status.daysSinceReport");
    }
}
