package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One truth for a project's dates: once it has a plan, the registry's forecast dates are the plan's schedule, its
 * planned dates the current baseline's and its actual dates the plan's progress; they are not edited by hand.
 */
class ProjectDatesIntegrationTests extends PageTestSupport {

    Api pmo;
    long project;
    String path;
    String plan;

    @BeforeEach
    void aProjectWithHandEnteredDates() {
        pmo = Api.as(port, "pmo");
        Map<String, Object> command = newProject("Dates trial", 1);
        command.put("forecastStart", "2027-02-01");
        command.put("forecastFinish", "2027-09-30");
        project = pmo.post("/api/v1/projects", json(command)).json().get("id").asLong();
        path = "/api/v1/projects/" + project;
        plan = path + "/plan";
    }

    @Test
    void savingAPlanMovesTheForecastDatesAndKeepsTheHandEnteredPlannedOnes() {
        JsonNode saved = storePlan();

        JsonNode registry = pmo.get(path).json();
        assertThat(registry.get("forecastStart").asString()).isEqualTo("2027-01-04");
        assertThat(registry.get("forecastFinish").asString()).isEqualTo(day(saved.get("finish")));
        assertThat(registry.get("plannedStart").asString()).isEqualTo("2027-01-04");
        assertThat(registry.get("plannedFinish").asString()).isEqualTo("2027-06-30");
        assertThat(registry.get("dateSources").get("fromPlan").asBoolean()).isTrue();

        long design = saved.get("tasks").get(1).get("id").asLong();
        JsonNode longer = pmo.send("PATCH", plan + "/tasks/" + design, "{\"duration\":\"3w\"}").json();
        assertThat(day(longer.get("finish"))).isNotEqualTo(day(saved.get("finish")));
        assertThat(pmo.get(path).json().get("forecastFinish").asString()).isEqualTo(day(longer.get("finish")));
        // every reader of the registry reads the same: the project list too
        JsonNode listed = pmo.get("/api/v1/projects?text=Dates%20trial&size=100").json().get("items");
        assertThat(listed.findValues("forecastFinish").stream().map(JsonNode::asString))
                .contains(day(longer.get("finish")));
    }

    @Test
    void savingABaselineMovesThePlannedDates() {
        JsonNode saved = storePlan();
        assertThat(pmo.put(path + "/baselines/3", "{\"name\":\"Re-plan\"}").status()).isEqualTo(200);

        JsonNode registry = pmo.get(path).json();
        assertThat(registry.get("plannedStart").asString()).isEqualTo("2027-01-04");
        assertThat(registry.get("plannedFinish").asString()).isEqualTo(day(saved.get("finish")));
        assertThat(registry.get("dateSources").get("baseline").asInt()).isEqualTo(3);

        // a later slip moves the forecast, not the approved dates
        long design = saved.get("tasks").get(1).get("id").asLong();
        pmo.send("PATCH", plan + "/tasks/" + design, "{\"duration\":\"3w\"}");
        JsonNode slipped = pmo.get(path).json();
        assertThat(slipped.get("plannedFinish").asString()).isEqualTo(day(saved.get("finish")));
        assertThat(slipped.get("forecastFinish").asString()).isGreaterThan(day(saved.get("finish")));
    }

    @Test
    void progressGivesTheActualStartAndOnceEveryTaskIsCompleteTheActualFinish() {
        JsonNode saved = storePlan();

        assertThat(pmo.post(plan + "/progress", "{\"statusDate\":\"2027-01-06\"}").status()).isEqualTo(200);
        JsonNode underway = pmo.get(path).json();
        assertThat(underway.get("actualStart").asString()).isEqualTo("2027-01-04");
        assertThat(underway.get("actualFinish").isNull()).isTrue();

        assertThat(pmo.post(plan + "/progress", "{\"statusDate\":\"2027-03-31\"}").status()).isEqualTo(200);
        JsonNode done = pmo.get(path).json();
        assertThat(done.get("actualStart").asString()).isEqualTo("2027-01-04");
        assertThat(done.get("actualFinish").asString()).isEqualTo(day(saved.get("finish")));
    }

    @Test
    void aDateFromThePlanIsNotEditedByHandButMayBeSentBackAsItIs() {
        storePlan();
        pmo.put(path + "/baselines/0", "{}");
        JsonNode read = pmo.get(path).json();

        ObjectNode changed = (ObjectNode) read.deepCopy();
        changed.put("forecastFinish", "2028-01-31");
        changed.put("plannedStart", "2026-12-01");
        Api.Response refused = pmo.put(path, changed.toString());
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused.json())).containsExactlyInAnyOrder("forecastFinish", "plannedStart");
        assertThat(refused.body()).contains("comes from the plan").contains("baseline 0");

        ObjectNode same = (ObjectNode) read.deepCopy();
        same.put("name", "Dates trial, renamed");
        Api.Response accepted = pmo.put(path, same.toString());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("forecastFinish").asString()).isEqualTo(read.get("forecastFinish").asString());
    }

    @Test
    void aProjectWithoutAPlanKeepsItsHandEnteredDates() {
        JsonNode read = pmo.get(path).json();
        assertThat(read.get("forecastFinish").asString()).isEqualTo("2027-09-30");
        assertThat(read.get("dateSources").get("fromPlan").asBoolean()).isFalse();

        ObjectNode changed = (ObjectNode) read.deepCopy();
        changed.put("forecastFinish", "2027-10-29");
        Api.Response accepted = pmo.put(path, changed.toString());

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(pmo.get(path).json().get("forecastFinish").asString()).isEqualTo("2027-10-29");
    }

    @Test
    void theEditFormShowsTheDatesFromThePlanReadOnlyWithTheirSource() throws Exception {
        storePlan();
        pmo.put(path + "/baselines/2", "{}");
        pmo.post(plan + "/progress", "{\"statusDate\":\"2027-01-06\"}");

        String form = page("/projects/" + project + "/edit", "pmo", Locale.ENGLISH);
        assertThat(form).containsPattern(readOnly("forecastFinish")).containsPattern(readOnly("plannedStart"))
                .contains("from the plan").contains("from baseline 2").contains("from progress");
        assertThat(page("/projects/" + project, "pmo", Locale.FRENCH)).contains("selon la référence 2");
    }

    private static String readOnly(String field) {
        String input = "<input[^>]*";
        return input + "readonly[^>]*id=\"" + field + "\"|" + input + "id=\"" + field + "\"[^>]*readonly";
    }

    private JsonNode storePlan() {
        Api.Response stored = pmo.put(plan, json(PlanFixtures.smallPlan()));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        return stored.json();
    }

    private static String day(JsonNode dateTime) {
        return dateTime.asString().substring(0, 10);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
