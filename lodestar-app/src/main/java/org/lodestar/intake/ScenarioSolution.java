package org.lodestar.intake;

import java.math.BigDecimal;

/**
 * What reading a scenario's result gives: the result, when the last solve of the scenario's current inputs is done,
 * or the progress of the solve under way (scenarios with a long time limit are solved in the background): seconds
 * elapsed of the time limit, and the best objective CP-SAT has found so far (null before its first solution).
 */
public record ScenarioSolution(ScenarioResult result, Progress progress) {

    /** A solve under way. */
    public record Progress(long scenarioId, String state, long elapsedSeconds, long limitSeconds,
                           BigDecimal bestObjective) {
    }

    static ScenarioSolution ready(ScenarioResult result) {
        return new ScenarioSolution(result, null);
    }

    static ScenarioSolution solving(long scenarioId, long elapsedSeconds, long limitSeconds, BigDecimal bestObjective) {
        return new ScenarioSolution(null, new Progress(scenarioId, "SOLVING", Math.min(elapsedSeconds, limitSeconds),
                limitSeconds, bestObjective));
    }

    public boolean isReady() {
        return result != null;
    }
}
