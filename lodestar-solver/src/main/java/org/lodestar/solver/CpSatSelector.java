package org.lodestar.solver;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.lodestar.engine.select.GreedySelector;
import org.lodestar.engine.select.Selection;
import org.lodestar.engine.select.SelectionModel;

/**
 * Solves a {@link SelectionModel} with CP-SAT: one Boolean per candidate option, at most one option per candidate,
 * a linear capacity constraint per dimension, the rules as linear constraints, and the greedy answer as a hint so
 * that a good selection exists from the first millisecond. Returns the best selection found within the time limit
 * with the tighter of two proven upper bounds: CP-SAT's own, and the linear relaxation solved by GLOP (on knapsack
 * models with many candidates that relaxation is within a fraction of a percent of the optimum, which CP-SAT's
 * search bound seldom reaches in seconds).
 */
public final class CpSatSelector {

    static {
        Loader.loadNativeLibraries();
    }

    private final Duration timeLimit;
    private final int workers;

    public CpSatSelector(Duration timeLimit, int workers) {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive: " + timeLimit);
        }
        this.timeLimit = timeLimit;
        this.workers = Math.max(1, workers);
    }

    public Selection select(SelectionModel model) {
        return select(model, value -> { });
    }

    /**
     * Solves the model, telling {@code onSolution} the objective of each better selection CP-SAT finds on the way
     * (called from the solver's threads), so that a long solve can report its progress.
     */
    public Selection select(SelectionModel model, LongConsumer onSolution) {
        CpModel cp = new CpModel();
        int n = model.candidates();
        BoolVar[][] options = new BoolVar[n][];
        LinearExpr[] chosen = new LinearExpr[n];
        LinearExprBuilder objective = LinearExpr.newBuilder();
        for (int c = 0; c < n; c++) {
            options[c] = new BoolVar[model.optionCount(c)];
            for (int k = 0; k < options[c].length; k++) {
                options[c][k] = cp.newBoolVar("c" + c + "o" + k);
            }
            chosen[c] = LinearExpr.sum(options[c]);
            if (model.isExcluded(c)) {
                cp.addEquality(chosen[c], 0);
            } else if (model.isMandatory(c)) {
                cp.addExactlyOne(options[c]);
            } else if (options[c].length > 1) {
                cp.addAtMostOne(options[c]);
            }
            objective.addTerm(chosen[c], model.value(c));
        }
        for (int d = 0; d < model.dimensions(); d++) {
            LinearExprBuilder used = LinearExpr.newBuilder();
            for (int c = 0; c < n; c++) {
                for (int k = 0; k < options[c].length; k++) {
                    long usage = model.usage(model.firstOption(c) + k, d);
                    if (usage != 0) {
                        used.addTerm(options[c][k], usage);
                    }
                }
            }
            cp.addLessOrEqual(used, model.capacity(d));
        }
        for (int[] pair : model.requirements()) {
            cp.addLessOrEqual(chosen[pair[0]], chosen[pair[1]]);
        }
        for (int[] pair : model.exclusions()) {
            cp.addLessOrEqual(LinearExpr.sum(new LinearExpr[] {chosen[pair[0]], chosen[pair[1]]}), 1);
        }
        cp.maximize(objective);

        Selection greedy = GreedySelector.select(model);
        for (int c = 0; c < n; c++) {
            for (int k = 0; k < options[c].length; k++) {
                cp.addHint(options[c][k], greedy.option(c) == k ? 1 : 0);
            }
        }

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0).setNumWorkers(workers)
                .setRandomSeed(1);
        CpSolverStatus status = solver.solve(cp, new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                onSolution.accept(Math.round(objectiveValue()));
            }
        });
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            int[] none = new int[n];
            Arrays.fill(none, -1);
            return new Selection(none, 0, Double.NaN,
                    status == CpSolverStatus.INFEASIBLE ? Selection.Status.INFEASIBLE : Selection.Status.UNKNOWN);
        }
        int[] choice = new int[n];
        Arrays.fill(choice, -1);
        for (int c = 0; c < n; c++) {
            for (int k = 0; k < options[c].length; k++) {
                if (solver.booleanValue((Literal) options[c][k])) {
                    choice[c] = k;
                }
            }
        }
        double bound = Math.min(solver.bestObjectiveBound(), Math.floor(linearRelaxation(model) + 1e-6));
        long value = Math.round(solver.objectiveValue());
        boolean optimal = status == CpSolverStatus.OPTIMAL || value >= bound;
        return new Selection(choice, value, Math.max(bound, value),
                optimal ? Selection.Status.OPTIMAL : Selection.Status.FEASIBLE);
    }

    /** The optimum of the model with every 0/1 choice relaxed to [0, 1]: an upper bound on any selection's value. */
    static double linearRelaxation(SelectionModel model) {
        MPSolver lp = MPSolver.createSolver("GLOP");
        try {
            int n = model.candidates();
            MPVariable[][] x = new MPVariable[n][];
            MPConstraint[] one = new MPConstraint[n];
            MPObjective objective = lp.objective();
            for (int c = 0; c < n; c++) {
                x[c] = new MPVariable[model.optionCount(c)];
                double upper = model.isExcluded(c) ? 0 : 1;
                one[c] = lp.makeConstraint(model.isMandatory(c) ? 1 : 0, upper);
                for (int k = 0; k < x[c].length; k++) {
                    x[c][k] = lp.makeNumVar(0, 1, "x" + c + "_" + k);
                    one[c].setCoefficient(x[c][k], 1);
                    objective.setCoefficient(x[c][k], model.value(c));
                }
            }
            for (int d = 0; d < model.dimensions(); d++) {
                MPConstraint capacity = lp.makeConstraint(Double.NEGATIVE_INFINITY, model.capacity(d));
                for (int c = 0; c < n; c++) {
                    for (int k = 0; k < x[c].length; k++) {
                        long usage = model.usage(model.firstOption(c) + k, d);
                        if (usage != 0) {
                            capacity.setCoefficient(x[c][k], usage);
                        }
                    }
                }
            }
            for (int[] pair : model.requirements()) { // sum(a) - sum(b) <= 0
                MPConstraint rule = lp.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                for (MPVariable v : x[pair[0]]) {
                    rule.setCoefficient(v, 1);
                }
                for (MPVariable v : x[pair[1]]) {
                    rule.setCoefficient(v, -1);
                }
            }
            for (int[] pair : model.exclusions()) {
                MPConstraint rule = lp.makeConstraint(Double.NEGATIVE_INFINITY, 1);
                for (MPVariable v : x[pair[0]]) {
                    rule.setCoefficient(v, 1);
                }
                for (MPVariable v : x[pair[1]]) {
                    rule.setCoefficient(v, 1);
                }
            }
            objective.setMaximization();
            MPSolver.ResultStatus status = lp.solve();
            return status == MPSolver.ResultStatus.OPTIMAL ? objective.value() : Double.POSITIVE_INFINITY;
        } finally {
            lp.delete();
        }
    }
}
