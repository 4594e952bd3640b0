package org.lodestar.engine.select;

import java.util.Arrays;

/**
 * The classic ratio heuristic: candidates in order of value per share of the scarce dimensions they use, each
 * taken (with its first option that fits) when it still fits. Fast and explainable, not optimal; the baseline the
 * exact solver is measured against. Mandatory candidates go first; requirements and exclusions are respected.
 */
public final class GreedySelector {

    private GreedySelector() {
    }

    public static Selection select(SelectionModel model) {
        int n = model.candidates();
        int dims = model.dimensions();
        double[] ratio = new double[n];
        for (int c = 0; c < n; c++) {
            double share = 0;
            int o = model.firstOption(c);
            for (int d = 0; d < dims; d++) {
                long capacity = model.capacity(d);
                share += capacity == 0 ? (model.usage(o, d) == 0 ? 0 : Double.MAX_VALUE / (4.0 * dims))
                        : model.usage(o, d) / (double) capacity;
            }
            ratio[c] = model.isMandatory(c) ? Double.POSITIVE_INFINITY : model.value(c) / Math.max(share, 1e-12);
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, c -> c);
        Arrays.sort(order, (a, b) -> Double.compare(ratio[b], ratio[a]));

        int[] chosen = new int[n];
        Arrays.fill(chosen, -1);
        long[] used = new long[dims];
        for (int c : order) {
            if (model.isExcluded(c) || conflicts(model, chosen, c)) {
                continue;
            }
            for (int k = 0; k < model.optionCount(c); k++) {
                int o = model.firstOption(c) + k;
                if (fits(model, used, o)) {
                    chosen[c] = k;
                    for (int d = 0; d < dims; d++) {
                        used[d] += model.usage(o, d);
                    }
                    break;
                }
            }
        }
        dropUnmetRequirements(model, chosen);
        Selection selection = new Selection(chosen, 0, Double.NaN, Selection.Status.FEASIBLE);
        selection = new Selection(chosen, model.valueOf(selection), Double.NaN,
                model.violations(selection).isEmpty() ? Selection.Status.FEASIBLE : Selection.Status.UNKNOWN);
        return selection;
    }

    private static boolean fits(SelectionModel model, long[] used, int option) {
        for (int d = 0; d < used.length; d++) {
            if (used[d] + model.usage(option, d) > model.capacity(d)) {
                return false;
            }
        }
        return true;
    }

    private static boolean conflicts(SelectionModel model, int[] chosen, int candidate) {
        for (int[] pair : model.excludes) {
            if (pair[0] == candidate && chosen[pair[1]] >= 0 || pair[1] == candidate && chosen[pair[0]] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Un-chooses candidates whose required partner was not chosen, until none is left (removal only frees room). */
    private static void dropUnmetRequirements(SelectionModel model, int[] chosen) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] pair : model.requires) {
                if (chosen[pair[0]] >= 0 && chosen[pair[1]] < 0 && !model.isMandatory(pair[0])) {
                    chosen[pair[0]] = -1;
                    changed = true;
                }
            }
        }
    }
}
