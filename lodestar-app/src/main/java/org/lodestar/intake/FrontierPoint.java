package org.lodestar.intake;

/** The best objective a scenario reaches with its total budgets scaled to {@code budget} (null: infeasible). */
public record FrontierPoint(long budget, Long objective, int selected) {
}
