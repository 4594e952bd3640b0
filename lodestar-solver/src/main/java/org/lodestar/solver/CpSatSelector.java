package org.lodestar.solver;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.time.Duration;
import java.util.Arrays;
import org.lodestar.engine.select.GreedySelector;
import org.lodestar.engine.select.Selection;
import org.lodestar.engine.select.SelectionModel;

/**
 * Solves a {@link SelectionModel} with CP-SAT: one Boolean per candidate option, at most one option per candidate,
 * a linear capacity constraint per dimension, the rules as linear constraints, and the greedy answer as a hint so
 * that a good selection exists from the first millisecond. Returns the best selection found within the time limit
 * together with the bound CP-SAT proved.
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
        CpSolverStatus status = solver.solve(cp);
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
        return new Selection(choice, Math.round(solver.objectiveValue()), solver.bestObjectiveBound(),
                status == CpSolverStatus.OPTIMAL ? Selection.Status.OPTIMAL : Selection.Status.FEASIBLE);
    }
}
