package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import tools.jackson.databind.JsonNode;

/** What planning contributes to status: indicators from plans and baselines, milestones from the plans. */
class PlanningHealthIndicatorsIntegrationTests extends PageTestSupport {

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
    void aPlanWhoseProgressIsOlderThanAReportingPeriodIsStaleInItsHealthAndOnItsPage() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long project = pmo.post("/api/v1/projects", json(newProject("Stale plan", 1))).json().get("id").asLong();
        String plan = "/api/v1/projects/" + project + "/plan";
        assertThat(pmo.put(plan, json(PlanFixtures.smallPlan())).status()).isEqualTo(200);
        LocalDate today = LocalDate.now();

        pmo.send("PATCH", plan, "{\"statusDate\":\"" + today.minusDays(100) + "\"}");
        JsonNode stale = indicator(pmo, project, StalePlanIndicator.KEY);
        assertThat(stale.get("value").asDouble()).isEqualTo(100);
        assertThat(stale.get("rag").asString()).isEqualTo("RED");
        assertThat(stale.get("inputs").toString()).contains(today.minusDays(100).toString());
        assertThat(page("/projects/" + project + "/plan", "pmo", Locale.ENGLISH))
                .contains("last brought up to " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Locale.ENGLISH).format(today.minusDays(100)) + ", 100 days ago");

        pmo.send("PATCH", plan, "{\"statusDate\":\"" + today.minusDays(40) + "\"}");
        assertThat(indicator(pmo, project, StalePlanIndicator.KEY).get("rag").asString()).isEqualTo("AMBER");

        pmo.send("PATCH", plan, "{\"statusDate\":\"" + today + "\"}");
        assertThat(indicator(pmo, project, StalePlanIndicator.KEY).get("rag").asString()).isEqualTo("GREEN");
        assertThat(page("/projects/" + project + "/plan", "pmo", Locale.ENGLISH)).doesNotContain("last brought up to");
    }

    private static JsonNode indicator(Api api, long project, String key) {
        for (JsonNode indicator : api.get("/api/v1/projects/" + project + "/health").json().get("indicators")) {
            if (indicator.get("key").asString().equals(key)) return indicator;
        }
        throw new AssertionError("no " + key + " for project " + project);
    }

    @Test
    void thresholdsOfPlanningIndicatorsAreListedBesideStatusOnes() {
        JsonNode thresholds = Api.as(port, "pmo").get("/api/v1/status/thresholds").json();
        List<String> keys = new ArrayList<>();
        thresholds.forEach(threshold -> keys.add(threshold.get("indicator").asString()));

        assertThat(keys).contains("planning.finishSlippage", "planning.overdueMilestones", "planning.stalePlan",
                "status.daysSinceReport",
                "status.budgetBurn");
    }
}
