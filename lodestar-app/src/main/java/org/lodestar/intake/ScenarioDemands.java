package org.lodestar.intake;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lodestar.intake.internal.ProjectRequest;
import org.lodestar.intake.internal.ProjectRequests;
import org.lodestar.intake.internal.RequestDemand;
import org.springframework.stereotype.Service;

/**
 * Reads, for other modules, the role demand of a scenario's selected requests by month (the resources module's
 * what-if). Its readers are the scenario's: {@link PortfolioScenarios#read} decides (READ_SCENARIOS).
 */
@Service
public class ScenarioDemands {

    private final PortfolioScenarios scenarios;
    private final ProjectRequests requests;

    ScenarioDemands(PortfolioScenarios scenarios, ProjectRequests requests) {
        this.scenarios = scenarios;
        this.requests = requests;
    }

    /** The selected requests' role demand by month; not ready while the scenario is solved in the background. */
    public ScenarioRoleDemand selectedRoleDemand(long scenarioId) {
        ScenarioSolution solution = scenarios.read(scenarioId);
        if (!solution.isReady()) {
            ScenarioView scenario = scenarios.get(scenarioId);
            return new ScenarioRoleDemand(scenarioId, scenario.name(), false, List.of());
        }
        ScenarioResult result = solution.result();
        ScenarioView scenario = result.scenario();
        YearMonth first = YearMonth.from(scenario.firstQuarter());
        List<ScenarioResult.Candidate> selected = result.selected().stream()
                .filter(c -> "request".equals(c.kind()) && c.startQuarter() != null).toList();
        Map<Long, ProjectRequest> byId = new HashMap<>();
        requests.findAllById(selected.stream().map(ScenarioResult.Candidate::id).toList())
                .forEach(r -> byId.put(r.id(), r));
        Map<String, Map<YearMonth, BigDecimal>> sums = new TreeMap<>();
        for (ScenarioResult.Candidate candidate : selected) {
            ProjectRequest request = byId.get(candidate.id());
            if (request == null) continue;
            for (RequestDemand demand : request.demands()) {
                int quarter = candidate.startQuarter() + demand.quarter();
                if (quarter >= scenario.quarters()) continue;
                for (int m = 0; m < 3; m++) {
                    sums.computeIfAbsent(demand.role(), r -> new TreeMap<>())
                            .merge(first.plusMonths(3L * quarter + m), demand.fte(), BigDecimal::add);
                }
            }
        }
        List<ScenarioRoleDemand.Month> months = new ArrayList<>();
        sums.forEach((role, byMonth) -> byMonth.forEach((month, fte) ->
                months.add(new ScenarioRoleDemand.Month(role, month, fte))));
        return new ScenarioRoleDemand(scenarioId, scenario.name(), true, months);
    }
}
