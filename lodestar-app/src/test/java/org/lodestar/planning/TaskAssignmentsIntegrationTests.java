package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.RunAs;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Task assignments through the plan API: the acts and refusals per role (the plan's editors assign; readers,
 * resource managers and outsiders do not), bad input naming its field, absences flagged and kept, work from
 * duration times units, and approved hours measured against the assignments' work (timesheets' planned work).
 */
class TaskAssignmentsIntegrationTests extends PageTestSupport {

    @Autowired
    ActualWork actualWork;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    RunAs runAs;

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private long register(Api manager, String kind, String name) {
        Api.Response registered = manager.post("/api/v1/resources", json(Map.of("kind", kind, "name", name)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asLong();
    }

    private static JsonNode task(JsonNode plan, String name) {
        for (JsonNode task : plan.get("tasks")) if (task.get("name").asString().equals(name)) return task;
        throw new AssertionError("no task " + name);
    }

    private static String assign(long resource, Integer units) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resource", resource);
        if (units != null) body.put("units", units);
        return json(body);
    }

    @Test
    void editorsAssignPoolResourcesWithWorkFromDurationTimesUnitsAndOthersAreRefused() throws Exception {
        Api pmo = Api.as(port, "pmo");
        Api manager = Api.as(port, "resource");
        long project = pmo.post("/api/v1/projects", json(newProject("Assignments trial", 1))).json().get("id").asLong();
        String plan = "/api/v1/projects/" + project + "/plan";
        assertThat(pmo.put(plan, json(PlanFixtures.smallPlan())).status()).isEqualTo(200);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String anaName = "Ana Silva " + suffix;
        long ana = register(manager, "PERSON", anaName);
        long analyst = register(manager, "ROLE", "Analyst " + suffix);
        long crane = register(manager, "MATERIAL", "Crane " + suffix);
        long gone = register(manager, "PERSON", "Gone " + suffix);
        JsonNode goneView = manager.get("/api/v1/resources/" + gone).json();
        assertThat(manager.post("/api/v1/resources/" + gone + "/retire",
                json(Map.of("version", goneView.get("version").asLong()))).status()).isEqualTo(200);
        // Ana is away on Wednesday and Thursday of Design's week (Monday 4 to Friday 8 January 2027)
        JsonNode anaView = manager.get("/api/v1/resources/" + ana).json();
        assertThat(manager.post("/api/v1/resources/" + ana + "/absences", json(Map.of("firstDay", "2027-01-06",
                "lastDay", "2027-01-07", "version", anaView.get("version").asLong()))).status()).isEqualTo(200);

        JsonNode before = pmo.get(plan).json();
        long design = task(before, "Design").get("id").asLong();
        long build = task(before, "Build").get("id").asLong();
        String assignments = plan + "/tasks/" + design + "/assignments";

        // an editor assigns Ana at half time: 5 days of 8 hours at 50 % is 20 hours, kept despite her absence
        Api.Response added = pmo.post(assignments, assign(ana, 50));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("version").asLong()).isEqualTo(before.get("version").asLong() + 1);
        JsonNode assignment = task(added.json(), "Design").get("assignments").get(0);
        assertThat(assignment.get("label").asString()).isEqualTo(anaName + " [50%]");
        assertThat(assignment.get("work").asDouble()).isEqualTo(20.0);
        assertThat(assignment.get("booking").asString()).isEqualTo("SOFT");
        assertThat(assignment.get("contour").asString()).isEqualTo("FLAT");
        assertThat(assignment.get("absent").asBoolean()).isTrue();
        assertThat(added.json().get("warnings")).anySatisfy(warning -> {
            assertThat(warning.get("kind").asString()).isEqualTo("ABSENCE");
            assertThat(warning.get("taskId").asLong()).isEqualTo(design);
            assertThat(warning.get("message").asString()).contains(anaName, "2027-01-06", "2027-01-07");
        });
        // a generic role at the default 100 %, hard-booked
        Api.Response role = pmo.post(assignments, json(Map.of("resource", analyst, "booking", "HARD")));
        assertThat(role.status()).as(role.body()).isEqualTo(201);
        JsonNode roleAssignment = task(role.json(), "Design").get("assignments").get(1);
        assertThat(roleAssignment.get("units").asInt()).isEqualTo(100);
        assertThat(roleAssignment.get("work").asDouble()).isEqualTo(40.0);
        assertThat(roleAssignment.get("absent").asBoolean()).isFalse();

        // readers read them; fixed units: a longer task is more work at the same units
        JsonNode read = Api.as(port, "member").get(assignments).json();
        assertThat(read).hasSize(2);
        assertThat(read.get(0).get("resource").asLong()).isEqualTo(ana);
        Api.Response longer = pmo.send("PATCH", plan + "/tasks/" + design, "{\"duration\":\"10d\"}");
        assertThat(task(longer.json(), "Design").get("assignments").get(0).get("work").asDouble()).isEqualTo(40.0);

        // bad input names its field; a retired resource is a conflict; nothing is stored by a refusal
        assertThat(fields(pmo.post(assignments, assign(999_999_999L, 50)))).containsExactly("resource");
        assertThat(fields(pmo.post(assignments, assign(crane, 50)))).containsExactly("resource");
        assertThat(fields(pmo.post(assignments, assign(ana, 100)))).containsExactly("resource");
        assertThat(fields(pmo.post(assignments, assign(analyst, 0)))).containsExactly("units");
        assertThat(fields(pmo.post(assignments, assign(analyst, 1001)))).containsExactly("units");
        assertThat(fields(pmo.post(plan + "/tasks/" + build + "/assignments", assign(ana, 50)))).containsExactly("task");
        assertThat(pmo.post(assignments, assign(gone, 50)).status()).isEqualTo(409);
        long anaAssignment = assignment.get("id").asLong();
        assertThat(pmo.send("PATCH", assignments + "/" + anaAssignment,
                json(Map.of("units", 75, "version", before.get("version").asLong()))).status()).isEqualTo(409);

        // only the plan's editors change assignments: not a reader, a resource manager or an outsider
        for (String refused : List.of("member", "resource", "requester")) {
            assertThat(Api.as(port, refused).post(assignments, assign(analyst, 50)).status()).as(refused).isEqualTo(403);
            assertThat(Api.as(port, refused).delete(assignments + "/" + anaAssignment).status()).as(refused)
                    .isEqualTo(403);
        }
        assertThat(Api.as(port, "requester").get(assignments).status()).isEqualTo(403);

        Api.Response changed = pmo.send("PATCH", assignments + "/" + anaAssignment, json(Map.of("units", 25)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(task(changed.json(), "Design").get("assignments").get(0).get("work").asDouble()).isEqualTo(20.0);
        JsonNode history = pmo.get("/api/v1/audit?entityType=plan_assignment&entityId=" + anaAssignment).json();
        assertThat(history.get("items")).hasSize(2);

        // a whole plan sent back with its task ids keeps the tasks' assignments
        assertThat(task(pmo.put(plan, json(keptPlan(changed.json()))).json(), "Design").get("assignments"))
                .hasSize(2);

        // approved hours count against the assignments' work: 10 days at 25 % and 100 % is 100 hours, so 10 hours
        // are 10 % (the resources text alone would make it 80 hours, 12 %)
        // (as timesheets records them when a sheet is approved: in the approval's transaction, by its approver)
        runAs.call("pmo", () -> transaction.execute(status -> {
            actualWork.record(project, List.of(new ActualWork.TaskActuals(design, LocalDate.of(2027, 1, 4), 600)));
            return null;
        }));
        assertThat(task(pmo.get(plan).json(), "Design").get("percentComplete").asInt()).isEqualTo(10);

        Api.Response removed = pmo.delete(assignments + "/" + anaAssignment);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(task(removed.json(), "Design").get("assignments")).hasSize(1);
        assertThat(pmo.delete(assignments + "/" + anaAssignment).status()).isEqualTo(404);

        // the plan page: an editor assigns through its form (CSRF), the table shows it, a reader cannot post it
        long code = task(removed.json(), "Code").get("id").asLong();
        String form = "/projects/" + project + "/plan/assignments";
        MockHttpServletResponse posted = mvc.perform(post(form).with(as("pmo")).with(csrf())
                .param("taskId", Long.toString(code)).param("resource", Long.toString(ana)).param("units", "50")
                .param("booking", "HARD")).andReturn().getResponse();
        assertThat(posted.getRedirectedUrl()).isEqualTo("/projects/" + project + "/plan#plan-assignments");
        assertThat(mvc.perform(post(form).with(as("pmo")).param("taskId", Long.toString(code))
                .param("resource", Long.toString(analyst))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(form).with(as("member")).with(csrf()).param("taskId", Long.toString(code))
                .param("resource", Long.toString(analyst))).andReturn().getResponse().getStatus()).isEqualTo(403);
        String page = page("/projects/" + project + "/plan", "pmo", Locale.FRENCH);
        assertThat(page).contains("Affectations des tâches", anaName + " [50%]", "Ferme", "name=\"units\"");
        JsonNode onCode = task(pmo.get(plan).json(), "Code").get("assignments").get(0);
        assertThat(onCode.get("booking").asString()).isEqualTo("HARD");
        mvc.perform(post(form + "/" + code + "/" + onCode.get("id").asLong() + "/remove").with(as("pmo")).with(csrf()));
        assertThat(task(pmo.get(plan).json(), "Code").get("assignments")).isEmpty();
    }

    /** The plan as read, sent back whole with its tasks' ids (and the text of its resources). */
    private static Map<String, Object> keptPlan(JsonNode plan) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("start", plan.get("start").asString());
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (JsonNode task : plan.get("tasks")) {
            Map<String, Object> kept = new LinkedHashMap<>();
            kept.put("id", task.get("id").asLong());
            if (!task.get("parentId").isNull()) kept.put("parentKey", Long.toString(task.get("parentId").asLong()));
            kept.put("name", task.get("name").asString());
            if (!task.get("summary").asBoolean()) kept.put("duration", task.get("duration").asString());
            tasks.add(kept);
        }
        body.put("tasks", tasks);
        return body;
    }
}
