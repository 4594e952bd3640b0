package org.lodestar.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A solved scenario: its status (OPTIMAL or FEASIBLE), the objective reached (in the objective's unit, as every
 * candidate's value: {@link ScenarioCommand.Objective#value}) and the proven gap to the bound, the
 * candidates with their start quarter if selected or the reason they are left out (a message key with its
 * arguments, already in words), and what the selection uses per quarter: cost in total and per category, FTE per
 * role. Every amount (costs, budgets, an NPV objective) is in {@code currency}, the scenario's currency
 * ({@code lodestar.intake.currency}), and is shown with it.
 */
public record ScenarioResult(ScenarioView scenario, String status, BigDecimal objective, double bound, double gapPercent,
                             List<Candidate> candidates, List<BigDecimal> costPerQuarter,
                             List<BigDecimal> budgetPerQuarter, Map<String, List<BigDecimal>> costPerCategory,
                             Map<String, List<BigDecimal>> ftePerRole, Map<String, List<BigDecimal>> capacityPerRole,
                             long millis, String currency) {

    /**
     * A candidate: a request, or an ongoing project counted as committed. {@code reason} is null when selected.
     */
    public record Candidate(String kind, long id, String code, String name, boolean mandatory, BigDecimal value,
                            boolean selected, Integer startQuarter, String startLabel, String reason) {
    }

    public List<Candidate> selected() {
        return candidates.stream().filter(Candidate::selected).toList();
    }

    public List<Candidate> rejected() {
        return candidates.stream().filter(c -> !c.selected()).toList();
    }

    public BigDecimal totalCost() {
        return costPerQuarter.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
