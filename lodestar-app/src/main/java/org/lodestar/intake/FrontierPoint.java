package org.lodestar.intake;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The best objective a scenario reaches with every budget, total and by category, scaled to {@code percent} of
 * the scenario's (null: infeasible), in the objective's unit as the scenario's result gives it. {@code totalBudget} is the sum of the scaled total budgets (0 when the scenario
 * sets none), {@code categoryBudgets} the sum of the scaled budgets of each category; {@code budget} is the total
 * budget, or the sum of the category budgets when the scenario sets no total.
 */
public record FrontierPoint(int percent, long budget, long totalBudget, Map<String, Long> categoryBudgets,
                            BigDecimal objective, int selected) {
}
