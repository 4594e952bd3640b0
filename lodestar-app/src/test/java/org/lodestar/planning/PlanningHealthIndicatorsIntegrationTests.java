package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What planning contributes to status: indicators from plans and baselines, milestones from the plans. */
class PlanningHealthIndicatorsIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    private List<JsonNode> indicators(String key) {
        List<JsonNode> found = new ArrayList<>();
        JsonNode dashboard = Api.as(port, "pmo").get("/api/v1/status/dashboard").json();
        for (JsonNode row : dashboard.get("heatmap")) {
            JsonNode health = Api.as(port, "pmo").get("/api/v1/projects/" + row.get("id").asLong() + "/health").json();
            for (JsonNode indicator : health.get("indicators")) {
                if (indicator.get("key").asString().equals(key)) found.add(indicator);
            }
        }
        return found;
    }

    @Test
    void projectsWithABaselineShowTheirFinishSlippageWithItsInputs() {
        List<JsonNode> slippage = indicators(FinishSlippageIndicator.KEY);

        assertThat(slippage).as("the demo plans have baseline 0").isNotEmpty();
        assertThat(slippage).anyMatch(indicator -> indicator.get("value").asDouble() > 0);
        JsonNode inputs = slippage.get(0).get("inputs");
        assertThat(inputs.toString()).contains("baselineFinish", "forecastFinish", "Approved plan");
        assertThat(slippage).allMatch(indicator -> indicator.get("unit").asString().equals("days"));
    }

    @Test
    void projectsWithPlannedMilestonesCountTheOverdueOnes() {
        List<JsonNode> overdue = indicators(OverdueMilestonesIndicator.KEY);

        assertThat(overdue).isNotEmpty();
        assertThat(overdue).allMatch(indicator -> indicator.get("value").asDouble() >= 0
                && indicator.get("inputs").toString().contains("milestones"));
    }

    @Test
    void thresholdsOfPlanningIndicatorsAreListedBesideStatusOnes() {
        JsonNode thresholds = Api.as(port, "pmo").get("/api/v1/status/thresholds").json();
        List<String> keys = new ArrayList<>();
        thresholds.forEach(threshold -> keys.add(threshold.get("indicator").asString()));

        assertThat(keys).contains("planning.finishSlippage", "planning.overdueMilestones", "status.daysSinceReport",
                "status.budgetBurn");
    }
}
