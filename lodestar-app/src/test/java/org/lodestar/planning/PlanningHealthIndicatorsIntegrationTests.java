package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.status.StatusFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What planning contributes to status: indicators from plans and baselines, milestones from the plans. */
class PlanningHealthIndicatorsIntegrationTests extends PageTestSupport {

    @Autowired
    private People people;

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
        long project = PlanFixtures.projectWithSmallPlan(pmo, "Stale plan");
        String plan = "/api/v1/projects/" + project + "/plan";
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
    void aReportsMilestoneTableIsThePlansWithBaselineDatesAndForecastsFrozenAtPublication() throws Exception {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Milestones from the plan", 100_000);
        Api pm = Api.as(port, "pm");
        String plan = "/api/v1/projects/" + project + "/plan";
        assertThat(pm.put(plan, json(PlanFixtures.smallPlan())).status()).isEqualTo(200);
        assertThat(pm.put("/api/v1/projects/" + project + "/baselines/0", "{}").status()).isEqualTo(200);
        String promised = goLive(pm, plan);
        long test = task(pm, plan, "Test").get("id").asLong();
        assertThat(pm.send("PATCH", plan + "/tasks/" + test, "{\"duration\":\"9d\"}").status()).isEqualTo(200);
        String slipped = goLive(pm, plan);
        assertThat(slipped).isGreaterThan(promised);

        JsonNode draft = pm.post("/api/v1/projects/" + project + "/status-reports", "{}").json();
        assertThat(draft.get("milestonesFromPlan").asBoolean()).isTrue();
        assertMilestones(draft, promised, slipped);

        // what is typed for the table is not kept: the plan's milestones are the table
        long id = draft.get("id").asLong();
        JsonNode saved = pm.put("/api/v1/status-reports/" + id,
                json(StatusFixtures.completeReport("GREEN", draft.get("version").asLong()))).json();
        assertMilestones(saved, promised, slipped);
        String form = page("/status/reports/" + id, "pm", Locale.FRENCH);
        assertThat(form).contains("id=\"milestones-from-plan\"", "Ouvrir les jalons du plan")
                .doesNotContain("name=\"milestones[0].name\"");

        JsonNode submitted = pm.post("/api/v1/status-reports/" + id + "/submit",
                StatusFixtures.act(saved.get("version").asLong(), null)).json();
        assertThat(Api.as(port, "pmo").post("/api/v1/status-reports/" + id + "/publish",
                StatusFixtures.act(submitted.get("version").asLong(), null)).status()).isEqualTo(200);
        assertThat(pm.send("PATCH", plan + "/tasks/" + test, "{\"duration\":\"15d\"}").status()).isEqualTo(200);
        assertThat(goLive(pm, plan)).isGreaterThan(slipped);

        JsonNode published = pm.get("/api/v1/status-reports/" + id).json();
        assertThat(published.get("milestonesFromPlan").asBoolean()).isFalse();
        assertMilestones(published, promised, slipped);
    }

    private static JsonNode task(Api api, String plan, String name) {
        for (JsonNode task : api.get(plan).json().get("tasks")) {
            if (task.get("name").asString().equals(name)) return task;
        }
        throw new AssertionError("no task " + name);
    }

    private static String goLive(Api api, String plan) {
        return task(api, plan, "Go-live").get("finish").asString().substring(0, 10);
    }

    private static void assertMilestones(JsonNode report, String due, String forecast) {
        JsonNode milestones = report.get("milestones");
        assertThat(milestones).as(report.toString()).hasSize(1);
        assertThat(milestones.get(0).get("name").asString()).isEqualTo("Go-live");
        assertThat(milestones.get(0).get("due").asString()).isEqualTo(due);
        assertThat(milestones.get(0).get("forecast").asString()).isEqualTo(forecast);
        assertThat(milestones.get(0).get("done").asBoolean()).isFalse();
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
