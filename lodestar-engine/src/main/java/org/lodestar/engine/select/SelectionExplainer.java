package org.lodestar.engine.select;

import java.util.Optional;

/**
 * Why a candidate was left out, and why a scenario has no feasible selection at all, in terms a portfolio board can
 * act on: which dimension would overflow and by how much, or which rule stands in the way.
 */
public final class SelectionExplainer {

    /** Why one candidate is not in a selection. {@code dimension} and {@code excess} are set for CAPACITY only. */
    public record Reason(Kind kind, int dimension, long excess, int otherCandidate) {
        public enum Kind {
            /** Excluded by the scenario. */
            EXCLUDED,
            /** Needs a candidate that is not funded. */
            REQUIRES,
            /** Cannot go with a funded candidate. */
            EXCLUDES,
            /** Its cheapest way to fit overflows this dimension by this much. */
            CAPACITY,
            /** It would fit, but other candidates give more value for the same room. */
            LOWER_VALUE
        }
    }

    /** Why no selection can satisfy the scenario's hard rules. */
    public record Infeasibility(Kind kind, int dimension, long excess, int candidate, int otherCandidate) {
        public enum Kind {
            /** The mandatory candidates alone, each in its lightest option, overflow a dimension. */
            MANDATORY_OVER_CAPACITY,
            /** A candidate is both mandatory and excluded. */
            MANDATORY_EXCLUDED,
            /** Two mandatory candidates exclude each other. */
            MANDATORY_CONFLICT,
            /** A mandatory candidate requires an excluded one. */
            MANDATORY_REQUIRES_EXCLUDED
        }
    }

    private SelectionExplainer() {
    }

    /** The reason for each candidate left out of the selection; null for chosen candidates. */
    public static Reason[] whyNot(SelectionModel model, Selection selection) {
        long[] used = new long[model.dimensions()];
        for (int c = 0; c < model.candidates(); c++) {
            if (selection.isChosen(c)) {
                int o = model.firstOption(c) + selection.option(c);
                for (int d = 0; d < used.length; d++) {
                    used[d] += model.usage(o, d);
                }
            }
        }
        Reason[] reasons = new Reason[model.candidates()];
        for (int c = 0; c < model.candidates(); c++) {
            if (!selection.isChosen(c)) {
                reasons[c] = reason(model, selection, used, c);
            }
        }
        return reasons;
    }

    private static Reason reason(SelectionModel model, Selection selection, long[] used, int c) {
        if (model.isExcluded(c)) {
            return new Reason(Reason.Kind.EXCLUDED, -1, 0, -1);
        }
        for (int[] pair : model.requires) {
            if (pair[0] == c && !selection.isChosen(pair[1])) {
                return new Reason(Reason.Kind.REQUIRES, -1, 0, pair[1]);
            }
        }
        for (int[] pair : model.excludes) {
            int other = pair[0] == c ? pair[1] : pair[1] == c ? pair[0] : -1;
            if (other >= 0 && selection.isChosen(other)) {
                return new Reason(Reason.Kind.EXCLUDES, -1, 0, other);
            }
        }
        // The option that overflows least (relative to capacity), and its most overflowed dimension.
        double bestOverflow = Double.POSITIVE_INFINITY;
        int bestDimension = -1;
        long bestExcess = 0;
        for (int k = 0; k < model.optionCount(c); k++) {
            int o = model.firstOption(c) + k;
            double overflow = 0;
            int worst = -1;
            long worstExcess = 0;
            double worstShare = 0;
            for (int d = 0; d < used.length; d++) {
                long excess = used[d] + model.usage(o, d) - model.capacity(d);
                if (excess > 0) {
                    double share = excess / (double) Math.max(1, model.capacity(d));
                    overflow += share;
                    if (share > worstShare) {
                        worstShare = share;
                        worst = d;
                        worstExcess = excess;
                    }
                }
            }
            if (overflow < bestOverflow) {
                bestOverflow = overflow;
                bestDimension = worst;
                bestExcess = worstExcess;
            }
        }
        return bestDimension < 0 ? new Reason(Reason.Kind.LOWER_VALUE, -1, 0, -1)
                : new Reason(Reason.Kind.CAPACITY, bestDimension, bestExcess, -1);
    }

    /** The first hard rule that no selection can satisfy, if one is evident from the mandatory candidates. */
    public static Optional<Infeasibility> infeasibility(SelectionModel model) {
        for (int c = 0; c < model.candidates(); c++) {
            if (model.isMandatory(c) && model.isExcluded(c)) {
                return Optional.of(new Infeasibility(Infeasibility.Kind.MANDATORY_EXCLUDED, -1, 0, c, -1));
            }
        }
        for (int[] pair : model.excludes) {
            if (model.isMandatory(pair[0]) && model.isMandatory(pair[1])) {
                return Optional.of(new Infeasibility(Infeasibility.Kind.MANDATORY_CONFLICT, -1, 0, pair[0], pair[1]));
            }
        }
        for (int[] pair : model.requires) {
            if (model.isMandatory(pair[0]) && model.isExcluded(pair[1])) {
                return Optional.of(new Infeasibility(Infeasibility.Kind.MANDATORY_REQUIRES_EXCLUDED, -1, 0, pair[0], pair[1]));
            }
        }
        long[] least = new long[model.dimensions()];
        for (int c = 0; c < model.candidates(); c++) {
            if (!model.isMandatory(c)) {
                continue;
            }
            for (int d = 0; d < least.length; d++) {
                long min = Long.MAX_VALUE;
                for (int k = 0; k < model.optionCount(c); k++) {
                    min = Math.min(min, model.usage(model.firstOption(c) + k, d));
                }
                least[d] += min;
            }
        }
        for (int d = 0; d < least.length; d++) {
            if (least[d] > model.capacity(d)) {
                return Optional.of(new Infeasibility(Infeasibility.Kind.MANDATORY_OVER_CAPACITY, d,
                        least[d] - model.capacity(d), -1, -1));
            }
        }
        return Optional.empty();
    }
}
