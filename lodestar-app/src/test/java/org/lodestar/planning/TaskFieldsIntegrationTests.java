package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Custom fields on tasks: defined by administrators, held by the plan's tasks, checked like projects' values. */
class TaskFieldsIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    Api admin;
    Api pmo;
    String plan;
    long workType;
    long cost;

    @BeforeEach
    void aPlanAndTwoTaskFields() {
        admin = Api.as(port, "admin");
        pmo = Api.as(port, "pmo");
        long project = pmo.post("/api/v1/projects", json(newProject("Task fields", 1))).json().get("id").asLong();
        plan = "/api/v1/projects/" + project + "/plan";
        assertThat(pmo.put(plan, json(PlanFixtures.smallPlan())).status()).isEqualTo(200);
        Api.Response choice = admin.post("/api/v1/custom-fields", "{\"key\": \"work_type\", \"label\": \"Work type\","
                + " \"type\": \"CHOICE\", \"choices\": [\"Build\", \"Buy\"], \"appliesTo\": \"TASK\"}");
        assertThat(choice.status()).as(choice.body()).isEqualTo(201);
        assertThat(choice.json().get("appliesTo").asString()).isEqualTo("TASK");
        workType = choice.json().get("id").asLong();
        cost = admin.post("/api/v1/custom-fields", "{\"key\": \"unit_cost\", \"label\": \"Unit cost\","
                + " \"type\": \"NUMBER\", \"appliesTo\": \"TASK\"}").json().get("id").asLong();
    }

    @AfterEach
    void removeTheFields() {
        // the plan's tasks go first: a field tasks hold values of is not deleted
        assertThat(pmo.put(plan, "{\"start\":\"2027-01-04\",\"tasks\":[]}").status()).isEqualTo(200);
        assertThat(admin.delete("/api/v1/custom-fields/" + workType).status()).isEqualTo(204);
        assertThat(admin.delete("/api/v1/custom-fields/" + cost).status()).isEqualTo(204);
    }

    @Test
    void aTaskHoldsValuesInTheirStoredFormABlankRemovesOneAndTheHistorySaysSo() {
        long design = taskId(1);

        Api.Response set = pmo.send("PATCH", plan + "/tasks/" + design,
                json(Map.of("fields", Map.of("work_type", "Buy", "unit_cost", "1250.50"))));

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("tasks").get(1).get("fields").toString())
                .isEqualTo("{\"unit_cost\":\"1250.5\",\"work_type\":\"Buy\"}");
        assertThat(set.json().get("tasks").get(2).get("fields").toString()).isEqualTo("{}");
        JsonNode history = pmo.get("/api/v1/audit?entityType=plan_task&entityId=" + design).json();
        assertThat(history.get("items").get(0).get("changes")).anySatisfy(change -> {
            assertThat(change.get("field").asString()).isEqualTo("custom.work_type");
            assertThat(change.get("newValue").asString()).isEqualTo("Buy");
        });

        // fields not named keep their values; a blank one removes its value
        Api.Response cleared = pmo.send("PATCH", plan + "/tasks/" + design, json(Map.of("fields", Map.of("work_type", ""))));
        assertThat(cleared.json().get("tasks").get(1).get("fields").toString()).isEqualTo("{\"unit_cost\":\"1250.5\"}");
    }

    @Test
    void badValuesUnknownFieldsAndProjectFieldsAreRefusedNamingTheFieldAndChangeNothing() {
        long design = taskId(1);
        long version = pmo.get(plan).json().get("version").asLong();
        Map<String, String> refusals = Map.of(
                "unit_cost", "a lot", "work_type", "Rent", "no_such_field", "x", "vendor", "Acme");
        refusals.forEach((key, value) -> {
            Api.Response refused = pmo.send("PATCH", plan + "/tasks/" + design,
                    json(Map.of("fields", Map.of(key, value))));
            assertThat(refused.status()).as(key + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("fields[" + key + "]");
        });
        assertThat(pmo.get(plan).json().get("version").asLong()).isEqualTo(version);

        // a task field is not a project's: the registry does not know it
        var project = newProject("Not on projects", 1);
        @SuppressWarnings("unchecked")
        var custom = (Map<String, Object>) project.get("customFields");
        custom.put("work_type", "Build");
        Api.Response notOnProjects = pmo.post("/api/v1/projects", json(project));
        assertThat(notOnProjects.status()).as(notOnProjects.body()).isEqualTo(400);
        assertThat(notOnProjects.json().get("errors").get(0).get("field").asString()).isEqualTo("customFields[work_type]");
    }

    @Test
    void aWholePlanKeepsTheValuesItDoesNotMentionAndChecksThoseItGives() {
        long build = taskId(0);
        long design = taskId(1);
        pmo.send("PATCH", plan + "/tasks/" + design, json(Map.of("fields", Map.of("work_type", "Build"))));
        String whole = """
                {"start":"2027-01-04","version":%d,"tasks":[
                  {"id":%d,"name":"Build"},
                  {"id":%d,"parentKey":"%d","name":"Design","duration":"5d"%s}]}
                """;

        Api.Response kept = pmo.put(plan, whole.formatted(version(), build, design, build, ""));
        assertThat(kept.json().get("tasks").get(1).get("fields").toString()).isEqualTo("{\"work_type\":\"Build\"}");
        Api.Response given = pmo.put(plan, whole.formatted(version(), build, design, build,
                ",\"fields\":{\"unit_cost\":\"7\"}"));
        assertThat(given.json().get("tasks").get(1).get("fields").toString())
                .isEqualTo("{\"unit_cost\":\"7\",\"work_type\":\"Build\"}");
        Api.Response refused = pmo.put(plan, whole.formatted(version(), build, design, build,
                ",\"fields\":{\"unit_cost\":\"seven\"}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("tasks[1].fields[unit_cost]");
    }

    @Test
    void aChoiceTasksHoldStaysAndAFieldTasksHoldIsNotDeleted() {
        pmo.send("PATCH", plan + "/tasks/" + taskId(1), json(Map.of("fields", Map.of("work_type", "Buy"))));
        JsonNode field = admin.get("/api/v1/custom-fields/" + workType).json();

        Api.Response choiceRemoved = admin.put("/api/v1/custom-fields/" + workType, "{\"key\": \"work_type\","
                + " \"label\": \"Work type\", \"type\": \"CHOICE\", \"choices\": [\"Build\"], \"version\": "
                + field.get("version").asLong() + "}");
        Api.Response deleted = admin.delete("/api/v1/custom-fields/" + workType);

        assertThat(choiceRemoved.status()).isEqualTo(400);
        assertThat(choiceRemoved.json().get("errors").get(0).get("message").asString()).contains("Design");
        assertThat(deleted.status()).isEqualTo(400);
        assertThat(deleted.json().get("errors").get(0).get("message").asString()).contains("1");
    }

    @Test
    void aFieldOnTasksIsNeverRequiredNorAPersonAndOnlyAdministratorsDefineOne() {
        Api.Response required = admin.post("/api/v1/custom-fields", "{\"key\": \"gate\", \"label\": \"Gate\","
                + " \"type\": \"TEXT\", \"required\": true, \"appliesTo\": \"TASK\"}");
        Api.Response person = admin.post("/api/v1/custom-fields", "{\"key\": \"checker\", \"label\": \"Checker\","
                + " \"type\": \"PERSON\", \"appliesTo\": \"TASK\"}");
        Api.Response byPmo = pmo.post("/api/v1/custom-fields", "{\"key\": \"gate\", \"label\": \"Gate\","
                + " \"type\": \"TEXT\", \"appliesTo\": \"TASK\"}");

        assertThat(required.status()).isEqualTo(400);
        assertThat(required.json().get("errors").get(0).get("field").asString()).isEqualTo("required");
        assertThat(person.status()).isEqualTo(400);
        assertThat(person.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
        assertThat(byPmo.status()).isEqualTo(403);
        // a field on projects may still be a person, as before
        assertThat(admin.get("/api/v1/custom-fields").json()).anySatisfy(each -> {
            assertThat(each.get("key").asString()).isEqualTo("benefit_owner");
            assertThat(each.get("appliesTo").asString()).isEqualTo("PROJECT");
        });
    }

    private long taskId(int row) {
        return pmo.get(plan).json().get("tasks").get(row).get("id").asLong();
    }

    private long version() {
        return pmo.get(plan).json().get("version").asLong();
    }

}
