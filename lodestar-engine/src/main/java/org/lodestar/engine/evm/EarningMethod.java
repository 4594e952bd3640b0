package org.lodestar.engine.evm;

/**
 * How a task earns its budget as it progresses. Every method returns the value earned so far, between 0 and the
 * task's budget.
 */
public enum EarningMethod {

    /** Nothing until the task finishes, then all of it. */
    ZERO_HUNDRED,
    /** Half when the task starts, the other half when it finishes. */
    FIFTY_FIFTY,
    /** The budget times the physical percentage of work complete as assessed. */
    PHYSICAL_PERCENT_COMPLETE,
    /** The budget shares of the milestones reached (weights given per milestone). */
    WEIGHTED_MILESTONES;

    /**
     * The value earned by a task measured by 0/100, 50/50 or physical % complete.
     *
     * @param budget          the task's budget, not negative
     * @param started         whether the task has started
     * @param finished        whether the task has finished (a finished task has earned its whole budget)
     * @param percentComplete physical % complete, 0 to 100 (read by {@link #PHYSICAL_PERCENT_COMPLETE} only)
     */
    public double earned(double budget, boolean started, boolean finished, double percentComplete) {
        if (!(budget >= 0) || Double.isInfinite(budget)) {
            throw new IllegalArgumentException("budget must be finite and not negative, got " + budget);
        }
        if (finished) return budget;
        return switch (this) {
            case ZERO_HUNDRED -> 0;
            case FIFTY_FIFTY -> started ? budget / 2 : 0;
            case PHYSICAL_PERCENT_COMPLETE -> {
                if (!(percentComplete >= 0 && percentComplete <= 100)) {
                    throw new IllegalArgumentException("percentComplete must be 0 to 100, got " + percentComplete);
                }
                yield budget * percentComplete / 100;
            }
            case WEIGHTED_MILESTONES -> throw new IllegalStateException(
                    "weighted milestones earn by milestone: call earnedByMilestones");
        };
    }

    /**
     * The value earned by a task measured by weighted milestones: the budget times the sum of the weights of the
     * milestones reached over the sum of all weights.
     *
     * @param budget  the task's budget, not negative
     * @param weights each milestone's weight, not negative, at least one positive
     * @param reached whether each milestone has been reached
     */
    public static double earnedByMilestones(double budget, double[] weights, boolean[] reached) {
        if (!(budget >= 0) || Double.isInfinite(budget)) {
            throw new IllegalArgumentException("budget must be finite and not negative, got " + budget);
        }
        if (weights.length != reached.length) {
            throw new IllegalArgumentException(
                    "weights and reached differ in length: " + weights.length + " and " + reached.length);
        }
        double total = 0;
        double done = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " must be finite and not negative");
            }
            total += weights[i];
            if (reached[i]) done += weights[i];
        }
        if (total == 0) throw new IllegalArgumentException("at least one milestone weight must be positive");
        return budget * done / total;
    }
}
