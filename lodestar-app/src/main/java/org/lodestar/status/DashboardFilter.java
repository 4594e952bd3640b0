package org.lodestar.status;

import java.util.Set;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.ProjectState;

/**
 * Which projects a dashboard shows (every filter optional) and how: the roll-up rule, and the heatmap's order
 * ({@code sort} one of {@link #SORTS}; ratings sort worst first unless {@code descending} is false for them).
 */
public record DashboardFilter(Long portfolioId, Long programmeId, LifecyclePhase phase, ProjectState state,
                              RollupRule rule, String sort, Boolean descending) {

    public static final Set<String> SORTS = Set.of("code", "name", "overall", "computed", "schedule", "cost", "scope",
            "resources", "risks", "quality", "budget", "period");

    public DashboardFilter {
        rule = rule == null ? RollupRule.WORST : rule;
        sort = sort != null && SORTS.contains(sort) ? sort : "overall";
        descending = descending == null || descending;
    }

    public static DashboardFilter all() {
        return new DashboardFilter(null, null, null, null, null, null, null);
    }
}
