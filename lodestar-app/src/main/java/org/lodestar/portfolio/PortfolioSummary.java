package org.lodestar.portfolio;

import java.math.BigDecimal;
import java.util.Map;
import org.lodestar.engine.health.Rag;

/**
 * A portfolio at a glance: its projects counted by state and by health, budgets summed per currency, and the health
 * of its open projects rolled up, worst-of and weighted by budget. For readers who see summaries only, budgets are
 * empty and the weighted roll-up is null (it would reveal how budgets compare).
 */
public record PortfolioSummary(PortfolioView portfolio, int projects, Map<ProjectState, Integer> byState,
                               Map<Rag, Integer> byHealth, int unrated, Map<String, BigDecimal> budgets,
                               Rag worstHealth, Rag weightedHealth) {

    /** How many projects are in a state ({@code ACTIVE}) or, for open projects, of a health ({@code RED}). */
    public int count(String stateOrHealth) {
        for (Rag health : Rag.values()) {
            if (health.name().equals(stateOrHealth)) return byHealth.getOrDefault(health, 0);
        }
        return byState.getOrDefault(ProjectState.valueOf(stateOrHealth), 0);
    }
}
