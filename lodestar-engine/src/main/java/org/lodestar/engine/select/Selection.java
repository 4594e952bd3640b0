package org.lodestar.engine.select;

import java.util.Arrays;

/**
 * A solver's answer: the option chosen for each candidate (-1 when not chosen), the value reached and the best bound
 * the solver proved, so the optimality gap is known.
 */
public record Selection(int[] options, long value, double bound, Status status) {

    public enum Status {
        /** Proven best. */
        OPTIMAL,
        /** Feasible, possibly not the best; see {@link #gap()}. */
        FEASIBLE,
        /** Proven to have no feasible selection. */
        INFEASIBLE,
        /** Stopped before finding anything. */
        UNKNOWN
    }

    public Selection {
        options = options.clone();
    }

    @Override
    public int[] options() {
        return options.clone();
    }

    public int size() {
        return options.length;
    }

    public int option(int candidate) {
        return options[candidate];
    }

    public boolean isChosen(int candidate) {
        return options[candidate] >= 0;
    }

    public int chosenCount() {
        return (int) Arrays.stream(options).filter(o -> o >= 0).count();
    }

    /** Relative distance between the value and the proven bound: 0 when optimal. */
    public double gap() {
        if (status == Status.OPTIMAL || bound <= 0) {
            return 0;
        }
        return Math.max(0, (bound - value) / bound);
    }
}
