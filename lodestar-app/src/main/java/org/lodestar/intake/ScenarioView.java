package org.lodestar.intake;

import java.time.LocalDate;
import java.util.List;

/** A saved scenario's definition; {@code quarterLabels} name its quarters ("2027 Q1"). */
public record ScenarioView(long id, String name, String description, ScenarioCommand.Objective objective,
                           Long scoringModelId, String scoringModelName, LocalDate firstQuarter, int quarters,
                           int timeLimitSeconds, List<ScenarioCommand.Budget> budgets,
                           List<ScenarioCommand.Capacity> capacities, List<ScenarioCommand.Rule> rules,
                           List<String> quarterLabels, long version) {

    public ScenarioCommand toCommand() {
        return new ScenarioCommand(name, description, objective, scoringModelId, firstQuarter, quarters,
                timeLimitSeconds, budgets, capacities, rules, version);
    }
}
