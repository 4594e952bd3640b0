package org.lodestar.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lodestar.engine.select.SelectionModel;

/**
 * A scenario turned into the engine's selection model. Dimensions: the total budget of each quarter, the budget of
 * each category and quarter, and the capacity of each role and quarter the scenario limits (money in whole units,
 * FTE in hundredths). Each allowed start quarter of a candidate is one option, its cost and demand shifted by the
 * start; what falls after the horizon is not counted.
 */
final class ScenarioModel {

    enum DimensionKind { BUDGET, CATEGORY, CAPACITY }

    record Dimension(DimensionKind kind, int quarter, String label, long capacity) {
    }

    /**
     * A candidate: costs and FTE demand per quarter of its own time line, the start quarters it may take, and its
     * value under the scenario's objective.
     */
    record Candidate(String kind, long id, String code, String name, boolean mandatory, long value, String category,
                     double[] costs, Map<String, double[]> demand, int firstStart, int lastStart) {
    }

    final List<Dimension> dimensions = new ArrayList<>();
    final List<Candidate> candidates;
    final SelectionModel model;
    /** FTE per role and scenario quarter that ongoing projects already committed (see {@link CommittedRoleDemand}). */
    final Map<String, double[]> committed;

    /** {@code budgetScale} multiplies every budget (1 for the scenario itself; other values for the frontier). */
    ScenarioModel(ScenarioView scenario, List<Candidate> candidates, double budgetScale) {
        this(scenario, candidates, budgetScale, Map.of());
    }

    /**
     * As above, each role's capacity less what ongoing projects committed to it in that quarter ({@code committed},
     * FTE per role and scenario quarter), never below zero: a role the ongoing projects already overload has no room
     * for a request, without making the scenario itself unsolvable.
     */
    ScenarioModel(ScenarioView scenario, List<Candidate> candidates, double budgetScale,
                  Map<String, double[]> committed) {
        this.candidates = candidates;
        this.committed = committed;
        for (ScenarioCommand.Budget budget : scenario.budgets()) {
            long amount = (long) Math.floor(budget.amount().doubleValue() * budgetScale);
            dimensions.add(budget.isTotal() ? new Dimension(DimensionKind.BUDGET, budget.quarter(), null, amount)
                    : new Dimension(DimensionKind.CATEGORY, budget.quarter(), budget.category().strip(), amount));
        }
        for (ScenarioCommand.Capacity capacity : scenario.capacities()) {
            String role = capacity.role().strip();
            dimensions.add(new Dimension(DimensionKind.CAPACITY, capacity.quarter(), role,
                    remaining(capacity.fte().movePointRight(2).longValue(), committedIn(role, capacity.quarter()))));
        }
        SelectionModel.Builder builder = SelectionModel.builder();
        for (Dimension dimension : dimensions) {
            builder.dimension(dimension.kind() + " " + dimension.quarter() + " " + dimension.label(), dimension.capacity());
        }
        for (Candidate candidate : candidates) {
            List<SelectionModel.Option> options = new ArrayList<>();
            for (int start = candidate.firstStart(); start <= candidate.lastStart(); start++) {
                options.add(new SelectionModel.Option(start, usage(candidate, start, scenario.quarters())));
            }
            builder.candidate(candidate.code(), candidate.value(), options.toArray(SelectionModel.Option[]::new));
        }
        model = withRules(builder, scenario.rules());
    }

    /** Hundredths of an FTE left of a capacity after a commitment of {@code committedHundredths}, at least zero. */
    static long remaining(long capacityHundredths, long committedHundredths) {
        return Math.max(0, capacityHundredths - committedHundredths);
    }

    /** What ongoing projects committed to a role in a scenario quarter, in hundredths of an FTE (rounded up). */
    long committedIn(String role, int quarter) {
        double[] fte = committed.get(role);
        return fte == null || quarter >= fte.length ? 0 : (long) Math.ceil(Math.round(fte[quarter] * 1e6) / 1e4);
    }

    /** Mandatory candidates (regulatory, committed, or by rule), exclusions, dependencies and mutual exclusions. */
    private SelectionModel withRules(SelectionModel.Builder builder, List<ScenarioCommand.Rule> rules) {
        for (int c = 0; c < candidates.size(); c++) {
            if (candidates.get(c).mandatory()) builder.mandatory(c);
        }
        for (ScenarioCommand.Rule rule : rules) {
            int a = indexOf(rule.requestId());
            int b = rule.otherRequestId() == null ? -1 : indexOf(rule.otherRequestId());
            if (a < 0) continue;
            switch (rule.kind()) {
                case MANDATORY -> builder.mandatory(a);
                case EXCLUDED -> builder.excluded(a);
                case REQUIRES -> { if (b >= 0) builder.requires(a, b); }
                case EXCLUSIVE -> { if (b >= 0) builder.excludes(a, b); }
                case WINDOW -> { }
            }
        }
        return builder.build();
    }

    /** The index of a request among the candidates, -1 when it is not one. */
    int indexOf(long requestId) {
        for (int c = 0; c < candidates.size(); c++) {
            if (candidates.get(c).kind().equals("request") && candidates.get(c).id() == requestId) return c;
        }
        return -1;
    }

    /** What starting in {@code start} uses of each dimension. */
    long[] usage(Candidate candidate, int start, int quarters) {
        long[] usage = new long[dimensions.size()];
        for (int d = 0; d < usage.length; d++) {
            Dimension dimension = dimensions.get(d);
            int own = dimension.quarter() - start;
            if (own < 0) continue;
            switch (dimension.kind()) {
                case BUDGET -> usage[d] = cost(candidate, own);
                case CATEGORY -> usage[d] = dimension.label().equalsIgnoreCase(String.valueOf(candidate.category()))
                        ? cost(candidate, own) : 0;
                case CAPACITY -> {
                    double[] fte = candidate.demand().get(dimension.label());
                    usage[d] = fte != null && own < fte.length ? Math.round(fte[own] * 100) : 0;
                }
            }
        }
        return usage;
    }

    private static long cost(Candidate candidate, int own) {
        return own < candidate.costs().length ? (long) Math.ceil(candidate.costs()[own]) : 0;
    }

    /** The candidate's cost in scenario quarter {@code quarter} when it starts in {@code start}. */
    static BigDecimal costIn(Candidate candidate, int start, int quarter) {
        int own = quarter - start;
        return own >= 0 && own < candidate.costs().length ? BigDecimal.valueOf(Math.ceil(candidate.costs()[own]))
                : BigDecimal.ZERO;
    }

    static BigDecimal fteIn(Candidate candidate, String role, int start, int quarter) {
        double[] fte = candidate.demand().get(role);
        int own = quarter - start;
        return fte != null && own >= 0 && own < fte.length ? BigDecimal.valueOf(fte[own]) : BigDecimal.ZERO;
    }
}
