package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

class PlanApiIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    Api pmo;
    long project;
    String plan;

    @BeforeEach
    void aProjectWithAPlan() {
        pmo = Api.as(port, "pmo");
        project = pmo.post("/api/v1/projects", json(newProject("Plan trial", 1))).json().get("id").asLong();
        plan = "/api/v1/projects/" + project + "/plan";
        Api.Response stored = pmo.put(plan, json(PlanFixtures.smallPlan()));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    }

    @Test
    void aReplacedPlanIsScheduledWithSummariesLinksAndACriticalPath() {
        JsonNode view = pmo.get(plan).json();

        JsonNode tasks = view.get("tasks");
        assertThat(tasks).hasSize(5);
        assertThat(texts(tasks, "name")).containsExactly("Build", "Design", "Code", "Test", "Go-live");
        assertThat(tasks.get(0).get("summary").asBoolean()).isTrue();
        assertThat(tasks.get(0).get("wbs").asString()).isEqualTo("1");
        assertThat(tasks.get(2).get("wbs").asString()).isEqualTo("1.2");
        assertThat(tasks.get(2).get("level").asInt()).isEqualTo(1);
        assertThat(tasks.get(4).get("milestone").asBoolean()).isTrue();
        assertThat(tasks.get(1).get("start").asString()).isEqualTo("2027-01-04T08:00");
        assertThat(tasks.get(1).get("finish").asString()).isEqualTo("2027-01-08T17:00");
        // Code follows Design with one day's lag: it starts on Tuesday
        assertThat(tasks.get(2).get("predecessors").asString()).isEqualTo("2FS+1d");
        assertThat(tasks.get(2).get("start").asString()).isEqualTo("2027-01-12T08:00");
        assertThat(tasks.get(3).get("predecessors").asString()).isEqualTo("3SS+2d");
        assertThat(tasks.get(0).get("finish").asString()).isEqualTo(tasks.get(3).get("finish").asString());
        assertThat(view.get("criticalPath").size()).isGreaterThanOrEqualTo(3);
        assertThat(tasks.get(2).get("critical").asBoolean()).isTrue();
        assertThat(view.get("links")).hasSize(3);
        assertThat(view.get("finish").asString()).isEqualTo(tasks.get(4).get("finish").asString());
    }

    @Test
    void aMissedDeadlineIsScheduledAnywayAndWarnedAboutInWords() {
        long design = pmo.get(plan).json().get("tasks").get(1).get("id").asLong();

        Api.Response changed = pmo.send("PATCH", plan + "/tasks/" + design, "{\"deadline\":\"2027-01-05\"}");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode warning = changed.json().get("warnings").get(0);
        assertThat(warning.get("taskId").asLong()).isEqualTo(design);
        assertThat(warning.get("kind").asString()).isEqualTo("DEADLINE_MISSED");
        assertThat(warning.get("message").asString()).startsWith("Design misses its deadline 2027-01-05")
                .contains("2027-01-08 17:00");
        assertThat(changed.json().get("tasks").get(1).get("totalFloat").asString()).startsWith("-");
    }

    @Test
    void tasksAndDependenciesChangeOneByOneAndEveryChangeIsAudited() {
        JsonNode before = pmo.get(plan).json();
        long design = before.get("tasks").get(1).get("id").asLong();
        long go = before.get("tasks").get(4).get("id").asLong();

        Api.Response longer = pmo.send("PATCH", plan + "/tasks/" + design, "{\"duration\":\"2w\"}");
        assertThat(longer.status()).as(longer.body()).isEqualTo(200);
        assertThat(longer.json().get("tasks").get(1).get("duration").asString()).isEqualTo("2w");
        assertThat(longer.json().get("tasks").get(2).get("start").asString()).isEqualTo("2027-01-19T08:00");
        assertThat(longer.json().get("version").asLong()).isEqualTo(before.get("version").asLong() + 1);
        assertThat(longer.etag()).isEqualTo("\"" + longer.json().get("version").asLong() + "\"");

        Api.Response added = pmo.post(plan + "/tasks", "{\"afterTaskId\":" + design + ",\"name\":\"Review\","
                + "\"duration\":\"3h\",\"predecessors\":\"2\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode review = added.json().get("tasks").get(2);
        assertThat(review.get("name").asString()).isEqualTo("Review");
        assertThat(review.get("parentId").asLong()).isEqualTo(before.get("tasks").get(0).get("id").asLong());
        assertThat(review.get("predecessors").asString()).isEqualTo("2");

        Api.Response linked = pmo.post(plan + "/dependencies", "{\"predecessorId\":" + review.get("id").asLong()
                + ",\"successorId\":" + go + ",\"type\":\"FF\",\"lag\":\"-1d\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        JsonNode link = find(linked.json().get("links"), "to", go, "type", "FF");
        assertThat(link.get("lag").asString()).isEqualTo("-1d");
        Api.Response unlinked = pmo.delete(plan + "/dependencies/" + link.get("id").asLong());
        assertThat(unlinked.status()).isEqualTo(200);

        Api.Response deleted = pmo.delete(plan + "/tasks/" + review.get("id").asLong());
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(texts(deleted.json().get("tasks"), "name")).doesNotContain("Review");

        JsonNode designHistory = pmo.get("/api/v1/audit?entityType=plan_task&entityId=" + design).json();
        assertThat(designHistory.get("items").get(0).get("changes")).anySatisfy(change -> {
            assertThat(change.get("field").asString()).isEqualTo("duration");
            assertThat(change.get("newValue").asString()).contains("4800");
        });
        JsonNode reviewHistory = pmo.get("/api/v1/audit?entityType=plan_task&entityId="
                + review.get("id").asLong()).json();
        assertThat(texts(reviewHistory.get("items"), "action")).containsExactly("DELETE", "CREATE");
        assertThat(pmo.get("/api/v1/audit?entityType=plan_dependency&entityId=" + link.get("id").asLong())
                .json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void aDependencyThatClosesACycleGets422NamingTheTasksAndThePlanIsUnchanged() {
        JsonNode before = pmo.get(plan).json();
        long code = before.get("tasks").get(2).get("id").asLong();
        long design = before.get("tasks").get(1).get("id").asLong();

        Api.Response cycle = pmo.post(plan + "/dependencies", "{\"predecessorId\":" + code + ",\"successorId\":"
                + design + "}");

        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.contentType()).startsWith("application/problem+json");
        assertThat(cycle.json().get("detail").asString()).startsWith("Dependency cycle: ").contains("Design", "Code");
        assertThat(texts(cycle.json().get("cycle"), null)).containsExactlyInAnyOrder("Design", "Code");
        assertThat(pmo.get(plan).body()).isEqualTo(before.toString());
    }

    @Test
    void predecessorsTypedIntoACycleGet422AndThePlanIsUnchanged() {
        JsonNode before = pmo.get(plan).json();
        long design = before.get("tasks").get(1).get("id").asLong();

        Api.Response cycle = pmo.send("PATCH", plan + "/tasks/" + design, "{\"predecessors\":\"5\"}");

        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.json().get("cycle")).hasSize(4);
        assertThat(pmo.get(plan).body()).isEqualTo(before.toString());
    }

    @Test
    void aReplacementWithACycleGets422AndTheStoredPlanStays() {
        JsonNode before = pmo.get(plan).json();
        Map<String, Object> cyclic = PlanFixtures.smallPlan();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> dependencies = new ArrayList<>((List<Map<String, Object>>) cyclic.get("dependencies"));
        dependencies.add(Map.of("predecessor", "go", "successor", "design"));
        cyclic.put("dependencies", dependencies);

        Api.Response refused = pmo.put(plan, json(cyclic));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("Go-live", "Design");
        assertThat(pmo.get(plan).body()).isEqualTo(before.toString());
    }

    @Test
    void anUnknownPredecessorGets400WithTheOffendingText() {
        JsonNode before = pmo.get(plan).json();
        long code = before.get("tasks").get(2).get("id").asLong();

        Api.Response refused = pmo.send("PATCH", plan + "/tasks/" + code, "{\"predecessors\":\"2FS+1d, 99FS\"}");

        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("predecessors");
        assertThat(error.get("message").asString()).isEqualTo("Unknown task row 99 in \"99FS\".");
        assertThat(pmo.get(plan).body()).isEqualTo(before.toString());
    }

    @Test
    void aReplacementNamingAnUnknownTaskGets400WithTheKeyAndTheStoredPlanStays() {
        JsonNode before = pmo.get(plan).json();
        Map<String, Object> broken = PlanFixtures.smallPlan();
        broken.put("dependencies", List.of(Map.of("predecessor", "design", "successor", "nowhere")));

        Api.Response refused = pmo.put(plan, json(broken));

        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("dependencies[0].successor");
        assertThat(error.get("message").asString()).contains("\"nowhere\"");
        assertThat(pmo.get(plan).body()).isEqualTo(before.toString());
    }

    @Test
    void negativeAndAbsurdDurationsGet400() {
        long design = pmo.get(plan).json().get("tasks").get(1).get("id").asLong();

        for (String duration : List.of("-3d", "1300emo", "6000w", "soon")) {
            Api.Response refused = pmo.send("PATCH", plan + "/tasks/" + design, "{\"duration\":\"" + duration + "\"}");
            assertThat(refused.status()).as(duration).isEqualTo(400);
            JsonNode error = refused.json().get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("duration");
            assertThat(error.get("message").asString()).contains(duration);
        }
    }

    @Test
    void readersWithoutTheRightToEditGet403AndRequestersCannotReadPlans() {
        long design = pmo.get(plan).json().get("tasks").get(1).get("id").asLong();
        Api exec = Api.as(port, "exec");

        assertThat(exec.get(plan).status()).isEqualTo(200);
        assertThat(exec.send("PATCH", plan + "/tasks/" + design, "{\"name\":\"Mine\"}").status()).isEqualTo(403);
        assertThat(exec.put(plan, json(PlanFixtures.smallPlan())).status()).isEqualTo(403);
        assertThat(Api.as(port, "member").delete(plan + "/tasks/" + design).status()).isEqualTo(403);
        assertThat(Api.as(port, "requester").get(plan).status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get(plan).status()).isEqualTo(401);
        assertThat(pmo.get(plan).json().get("tasks").get(1).get("name").asString()).isEqualTo("Design");
    }

    @Test
    void aChangeFromAStaleVersionGets409() {
        JsonNode before = pmo.get(plan).json();
        long design = before.get("tasks").get(1).get("id").asLong();
        String etag = "\"" + before.get("version").asLong() + "\"";

        Api.Response first = pmo.send("PATCH", plan + "/tasks/" + design, "{\"name\":\"Design A\"}", etag);
        Api.Response second = pmo.send("PATCH", plan + "/tasks/" + design, "{\"name\":\"Design B\"}", etag);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("currentVersion").asLong()).isEqualTo(before.get("version").asLong() + 1);
        assertThat(pmo.get(plan).json().get("tasks").get(1).get("name").asString()).isEqualTo("Design A");
    }

    @Test
    void indentOutdentAndMovesRestructureTheOutline() {
        JsonNode before = pmo.get(plan).json();
        long test = before.get("tasks").get(3).get("id").asLong();

        JsonNode indented = pmo.post(plan + "/tasks/" + test + "/indent", "").json();
        assertThat(indented.get("tasks").get(2).get("summary").asBoolean()).isTrue();
        assertThat(indented.get("tasks").get(3).get("wbs").asString()).isEqualTo("1.2.1");
        // the start-to-start link between Code and its new subtask could not stay
        assertThat(indented.get("tasks").get(3).get("predecessors").asString()).isEmpty();

        JsonNode outdented = pmo.post(plan + "/tasks/" + test + "/outdent", "").json();
        assertThat(outdented.get("tasks").get(3).get("wbs").asString()).isEqualTo("1.3");

        JsonNode up = pmo.post(plan + "/tasks/" + test + "/move-up", "").json();
        assertThat(texts(up.get("tasks"), "name")).containsExactly("Build", "Design", "Test", "Code", "Go-live");
        JsonNode down = pmo.post(plan + "/tasks/" + test + "/move-down", "").json();
        assertThat(texts(down.get("tasks"), "name")).containsExactly("Build", "Design", "Code", "Test", "Go-live");
    }

    @Test
    void baselinesShowTheSlippageSinceTheyWereSaved() {
        Api.Response saved = pmo.put("/api/v1/projects/" + project + "/baselines/0", "{\"name\":\"Approved\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        long design = pmo.get(plan).json().get("tasks").get(1).get("id").asLong();
        pmo.send("PATCH", plan + "/tasks/" + design, "{\"duration\":\"7d\"}");

        JsonNode variance = pmo.get("/api/v1/projects/" + project + "/baselines/0/variance").json();
        JsonNode current = pmo.get(plan).json();

        assertThat(variance.get("baseline").get("name").asString()).isEqualTo("Approved");
        JsonNode go = variance.get("tasks").get(4);
        assertThat(go.get("finishVariance").asString()).isEqualTo("2d");
        assertThat(go.get("slipped").asBoolean()).isTrue();
        assertThat(variance.get("tasks").get(1).get("durationVariance").asString()).isEqualTo("2d");
        assertThat(current.get("baselineNumber").asInt()).isZero();
        assertThat(current.get("tasks").get(4).get("baselineFinish").asString()).isEqualTo("2027-01-19T17:00");
        assertThat(pmo.get("/api/v1/projects/" + project + "/baselines").json()).hasSize(1);
        assertThat(Api.as(port, "exec").put("/api/v1/projects/" + project + "/baselines/1", "{}").status())
                .isEqualTo(403);
    }

    @Test
    void aProjectCalendarWithAHolidayMovesTheSchedule() {
        String body = """
                {"name":"Trial calendar","projectId":%d,"week":[
                  {"day":"MONDAY","hours":[{"from":"08:00","to":"12:00"},{"from":"13:00","to":"17:00"}]},
                  {"day":"TUESDAY","hours":[{"from":"08:00","to":"12:00"},{"from":"13:00","to":"17:00"}]},
                  {"day":"WEDNESDAY","hours":[{"from":"08:00","to":"12:00"},{"from":"13:00","to":"17:00"}]},
                  {"day":"THURSDAY","hours":[{"from":"08:00","to":"12:00"},{"from":"13:00","to":"17:00"}]},
                  {"day":"FRIDAY","hours":[{"from":"08:00","to":"12:00"},{"from":"13:00","to":"17:00"}]}],
                 "exceptions":[{"name":"Epiphany","from":"2027-01-06","to":"2027-01-06","hours":[]}]}
                """.formatted(project);
        Api.Response created = pmo.post("/api/v1/calendars", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long calendar = created.json().get("id").asLong();

        Api.Response moved = pmo.send("PATCH", plan, "{\"calendarId\":" + calendar + "}");

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("tasks").get(1).get("finish").asString()).isEqualTo("2027-01-11T17:00");
        assertThat(pmo.get("/api/v1/calendars?projectId=" + project).json()).anySatisfy(
                found -> assertThat(found.get("name").asString()).isEqualTo("Trial calendar"));
        Api.Response badHours = pmo.post("/api/v1/calendars", body.replace("\"13:00\",\"to\":\"17:00\"}]},\n  {\"day\":\"TUESDAY\"",
                "\"11:00\",\"to\":\"17:00\"}]},\n  {\"day\":\"TUESDAY\""));
        assertThat(badHours.status()).isEqualTo(400);
        assertThat(Api.as(port, "exec").post("/api/v1/calendars", body).status()).isEqualTo(403);
    }

    @Test
    void calendarSettingsThatWouldStretchPlannedWorkPastAHundredYearsAreRefused() {
        String week = "[{\"day\":\"MONDAY\",\"hours\":[{\"from\":\"08:00\",\"to\":\"17:00\"}]}]";
        long calendar = pmo.post("/api/v1/calendars", "{\"name\":\"Stretch\",\"projectId\":%d,\"week\":%s}"
                .formatted(project, week)).json().get("id").asLong();
        assertThat(pmo.send("PATCH", plan, "{\"calendarId\":" + calendar + "}").status()).isEqualTo(200);
        String code = pmo.get("/api/v1/projects/" + project).json().get("code").asString();
        long design = pmo.get(plan).json().get("tasks").get(1).get("id").asLong();
        // 100 working days of 8 hours: 48,000 working minutes, 913 years at one working minute a week
        assertThat(pmo.send("PATCH", plan + "/tasks/" + design, "{\"duration\":\"100d\"}").status()).isEqualTo(200);

        Api.Response refused = pmo.put("/api/v1/calendars/" + calendar, ("{\"version\":0,\"name\":\"Stretch\","
                + "\"minutesPerDay\":1,\"minutesPerWeek\":1,\"daysPerMonth\":1,\"week\":%s}").formatted(week));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("minutesPerWeek");
        assertThat(error.get("message").asString()).contains(code);
        assertThat(pmo.get("/api/v1/calendars/" + calendar).json().get("minutesPerWeek").asInt()).isEqualTo(2400);
        JsonNode current = pmo.get(plan).json();
        assertThat(pmo.put(plan, current.toString()).status()).as("the plan sent straight back").isEqualTo(200);
        Api.Response halved = pmo.put("/api/v1/calendars/" + calendar, ("{\"version\":0,\"name\":\"Stretch\","
                + "\"minutesPerWeek\":1200,\"week\":%s}").formatted(week));
        assertThat(halved.status()).as(halved.body()).isEqualTo(200);
    }

    @Test
    void aCalendarWithoutWorkingTimeIsRefusedNamingTheWeek() {
        String noWeek = "{\"name\":\"Idle\",\"projectId\":%d}".formatted(project);
        String emptyWeek = "{\"name\":\"Idle\",\"projectId\":%d,\"week\":[]}".formatted(project);
        String blankDays = "{\"name\":\"Idle\",\"projectId\":%d,\"week\":[{\"day\":\"MONDAY\",\"hours\":[]}]}"
                .formatted(project);
        long calendar = pmo.post("/api/v1/calendars", "{\"name\":\"Worked\",\"projectId\":%d,\"week\":[{\"day\":\"MONDAY\",\"hours\":[{\"from\":\"08:00\",\"to\":\"17:00\"}]}]}"
                .formatted(project)).json().get("id").asLong();

        for (String body : List.of(noWeek, emptyWeek, blankDays)) {
            Api.Response created = pmo.post("/api/v1/calendars", body);
            assertThat(created.status()).as(body).isEqualTo(400);
            assertThat(created.json().get("errors").get(0).get("field").asString()).isEqualTo("week");
            Api.Response changed = pmo.put("/api/v1/calendars/" + calendar, body.replace("{\"name\"", "{\"version\":0,\"name\""));
            assertThat(changed.status()).as(body).isEqualTo(400);
            assertThat(changed.json().get("errors").get(0).get("field").asString()).isEqualTo("week");
        }
        assertThat(pmo.get("/api/v1/calendars/" + calendar).json().get("week")).hasSize(1);
    }

    @Test
    void aReplacementWithABlankStartGets400NamingStart() {
        long version = pmo.get(plan).json().get("version").asLong();

        Api.Response refused = pmo.put(plan, "{\"start\":\" \",\"tasks\":[]}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("start");
        assertThat(pmo.get(plan).json().get("version").asLong()).isEqualTo(version);
        assertThat(pmo.get(plan).json().get("tasks")).hasSize(5);
    }

    @Test
    void aChangeOfThePlanSettingsIsAudited() {
        long before = pmo.get("/api/v1/audit?entityType=plan&entityId=" + project).json().get("total").asLong();

        Api.Response changed = pmo.send("PATCH", plan, "{\"statusDate\":\"2027-01-06\",\"baselineShown\":\"2\"}");
        Api.Response same = pmo.send("PATCH", plan, "{\"statusDate\":\"2027-01-06\"}");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(same.status()).as(same.body()).isEqualTo(200);
        JsonNode history = pmo.get("/api/v1/audit?entityType=plan&entityId=" + project).json();
        assertThat(history.get("total").asLong()).isEqualTo(before + 1);
        JsonNode entry = history.get("items").get(0);
        assertThat(entry.get("action").asString()).isEqualTo("UPDATE");
        assertThat(entry.get("changes")).anySatisfy(change -> {
            assertThat(change.get("field").asString()).isEqualTo("statusDate");
            assertThat(change.get("newValue").asString()).startsWith("2027-01-06T");
        }).anySatisfy(change -> {
            assertThat(change.get("field").asString()).isEqualTo("baselineShown");
            assertThat(change.get("newValue").asString()).isEqualTo("2");
        });
    }

    @Test
    void theRulesOfMicrosoftProjectOrPrimaveraP6ScheduleTheRestOfATaskInProgress() {
        long design = pmo.get(plan).json().get("tasks").get(1).get("id").asLong();
        JsonNode view = pmo.get(plan).json();
        assertThat(view.get("schedulingRules").asString()).isEqualTo("MICROSOFT_PROJECT");
        assertThat(view.get("progressedActivities").asString()).isEqualTo("RETAINED_LOGIC");
        assertThat(view.get("lagCalendar").asString()).isEqualTo("PREDECESSOR");
        // Design (5 days from Monday 4 January 2027) started on time, 75% done by the status date Tuesday 17:00
        assertThat(pmo.send("PATCH", plan + "/tasks/" + design,
                "{\"actualStart\":\"2027-01-04T08:00\",\"percentComplete\":\"75\"}").status()).isEqualTo(200);
        JsonNode project = pmo.send("PATCH", plan, "{\"statusDate\":\"2027-01-05\"}").json();
        // Project: the 1.25 days left follow the 3.75 days done (Thursday 15:00), so Friday 17:00
        assertThat(project.get("tasks").get(1).get("finish").asString()).isEqualTo("2027-01-08T17:00");

        Api.Response p6 = pmo.send("PATCH", plan, "{\"schedulingRules\":\"PRIMAVERA_P6\","
                + "\"progressedActivities\":\"PROGRESS_OVERRIDE\",\"lagCalendar\":\"SUCCESSOR\"}");

        assertThat(p6.status()).as(p6.body()).isEqualTo(200);
        assertThat(p6.json().get("schedulingRules").asString()).isEqualTo("PRIMAVERA_P6");
        assertThat(p6.json().get("progressedActivities").asString()).isEqualTo("PROGRESS_OVERRIDE");
        assertThat(p6.json().get("lagCalendar").asString()).isEqualTo("SUCCESSOR");
        // P6: the 1.25 days left run from the data date, Tuesday 17:00: Thursday 10:00
        assertThat(p6.json().get("tasks").get(1).get("finish").asString()).isEqualTo("2027-01-07T10:00");
        assertThat(pmo.get(plan).json().get("tasks").get(1).get("finish").asString()).isEqualTo("2027-01-07T10:00");

        Api.Response back = pmo.send("PATCH", plan, "{\"schedulingRules\":\"MICROSOFT_PROJECT\"}");
        assertThat(back.json().get("tasks").get(1).get("finish").asString()).isEqualTo("2027-01-08T17:00");
        assertThat(back.json().get("progressedActivities").asString()).as("kept for P6").isEqualTo("PROGRESS_OVERRIDE");

        JsonNode history = pmo.get("/api/v1/audit?entityType=plan&entityId=" + this.project).json();
        assertThat(history.get("items").get(0).get("changes")).anySatisfy(change -> {
            assertThat(change.get("field").asString()).isEqualTo("schedulingRules");
            assertThat(change.get("oldValue").asString()).isEqualTo("PRIMAVERA_P6");
            assertThat(change.get("newValue").asString()).isEqualTo("MICROSOFT_PROJECT");
        });
    }

    @Test
    void anUnknownRuleIsRefusedNamingItsFieldAndTheChoices() {
        long version = pmo.get(plan).json().get("version").asLong();
        for (String field : List.of("schedulingRules", "progressedActivities", "lagCalendar")) {
            Api.Response refused = pmo.send("PATCH", plan, "{\"" + field + "\":\"OPENPROJECT\"}");
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
            assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("OPENPROJECT");
        }
        assertThat(pmo.get(plan).json().get("version").asLong()).isEqualTo(version);
        assertThat(Api.as(port, "exec").send("PATCH", plan, "{\"schedulingRules\":\"PRIMAVERA_P6\"}").status())
                .isEqualTo(403);
        assertThat(pmo.get(plan).json().get("schedulingRules").asString()).isEqualTo("MICROSOFT_PROJECT");
    }

    @Test
    void aSummarysConstraintAndDeadlineApplyToItsSubtasks() {
        long build = pmo.get(plan).json().get("tasks").get(0).get("id").asLong();

        Api.Response constrained = pmo.send("PATCH", plan + "/tasks/" + build, "{\"constraint\":\"SNET 2027-01-11\"}");
        Api.Response late = pmo.send("PATCH", plan + "/tasks/" + build, "{\"deadline\":\"2027-01-12\"}");

        assertThat(constrained.status()).as(constrained.body()).isEqualTo(200);
        JsonNode tasks = constrained.json().get("tasks");
        assertThat(tasks.get(0).get("constraint").asString()).startsWith("SNET");
        assertThat(tasks.get(1).get("start").asString()).isEqualTo("2027-01-11T08:00");
        assertThat(tasks.get(0).get("start").asString()).isEqualTo("2027-01-11T08:00");
        assertThat(late.status()).as(late.body()).isEqualTo(200);
        assertThat(late.json().get("warnings")).anySatisfy(
                warning -> assertThat(warning.get("kind").asString()).isEqualTo("DEADLINE_MISSED"));
    }

    @Test
    void taskNotesKeepTheirLinesAreAuditedSurviveAWholePlanWithoutThemAndBadOnesGet400() {
        JsonNode before = pmo.get(plan).json();
        long design = before.get("tasks").get(1).get("id").asLong();
        String notes = "Agree the scope with finance first.\n\t- then the vendors\n";

        Api.Response noted = pmo.send("PATCH", plan + "/tasks/" + design, json(Map.of("notes", notes.replace("\n", "\r\n"))));
        assertThat(noted.status()).as(noted.body()).isEqualTo(200);
        assertThat(noted.json().get("tasks").get(1).get("notes").asString())
                .as("line ends made \\n, trailing blanks cut").isEqualTo(notes.stripTrailing());
        JsonNode history = lastEntry("plan_task", design);
        assertThat(history.get("changes")).anySatisfy(change -> {
            assertThat(change.get("field").asString()).isEqualTo("notes");
            assertThat(change.get("newValue").asString()).isEqualTo(notes.stripTrailing());
        });

        // bad notes: the field named, nothing written
        long version = pmo.get(plan).json().get("version").asLong();
        for (String bad : List.of("x".repeat(TaskCommand.MAX_NOTES + 1), "a bell \u0007 rings")) {
            Api.Response refused = pmo.send("PATCH", plan + "/tasks/" + design, json(Map.of("notes", bad)));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("notes");
        }
        assertThat(pmo.get(plan).json().get("version").asLong()).isEqualTo(version);
        assertThat(pmo.send("PATCH", plan + "/tasks/" + design, json(Map.of("notes", "x".repeat(TaskCommand.MAX_NOTES))))
                .status()).as("exactly the limit").isEqualTo(200);
        pmo.send("PATCH", plan + "/tasks/" + design, json(Map.of("notes", notes)));

        // a whole plan that does not mention notes keeps them; a blank one removes them
        Api.Response kept = buildAndDesignOnly("");
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.json().get("tasks").get(1).get("notes").asString()).isEqualTo(notes.stripTrailing());
        Api.Response cleared = buildAndDesignOnly(",\"notes\":\"  \"");
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        JsonNode none = cleared.json().get("tasks").get(1).get("notes");
        assertThat(none == null || none.isNull()).as(cleared.body()).isTrue();
    }

    @Test
    void aSplitTaskFinishesLaterByItsPausesWhichMoveWithItAndAreKeptByAWholePlan() {
        JsonNode read = pmo.get(plan).json();
        long design = read.get("tasks").get(1).get("id").asLong();
        // Design, 5 days from Monday 4 January 2027: Monday and Tuesday, a pause on Wednesday, Thursday and Friday,
        // a pause on Monday and Tuesday, the last day on Wednesday 13 January
        Api.Response split = pmo.send("PATCH", plan + "/tasks/" + design, json(Map.of("splits", "2d+1d, 4D + 2d")));

        assertThat(split.status()).as(split.body()).isEqualTo(200);
        JsonNode tasks = split.json().get("tasks");
        assertThat(tasks.get(1).get("splits").asString()).isEqualTo("2d+1d, 4d+2d");
        assertThat(tasks.get(1).get("duration").asString()).isEqualTo("5d");
        assertThat(tasks.get(1).get("finish").asString()).isEqualTo("2027-01-13T17:00");
        // Code follows Design with a day's lag: Friday 15 January
        assertThat(tasks.get(2).get("start").asString()).isEqualTo("2027-01-15T08:00");
        assertThat(tasks.get(3).get("splits").asString()).as("Test is not split").isEmpty();
        assertThat(tasks.get(3).get("segments")).as("one bar").isEmpty();
        assertThat(tasks.get(1).get("segments").toString()).isEqualTo("[{\"start\":\"2027-01-04T08:00\","
                + "\"finish\":\"2027-01-05T17:00\"},{\"start\":\"2027-01-07T08:00\",\"finish\":\"2027-01-08T17:00\"},"
                + "{\"start\":\"2027-01-13T08:00\",\"finish\":\"2027-01-13T17:00\"}]");
        JsonNode history = pmo.get("/api/v1/audit?entityType=plan_task&entityId=" + design).json();
        assertThat(history.get("items").get(0).get("changes")).anySatisfy(change -> {
            assertThat(change.get("field").asString()).isEqualTo("splits");
            assertThat(change.get("newValue").asString()).isEqualTo("960+480,1920+960 min");
        });

        // a shorter task keeps only the pauses its work still reaches: 3 days, Monday to Thursday
        Api.Response shorter = pmo.send("PATCH", plan + "/tasks/" + design, "{\"duration\":\"3d\"}");
        assertThat(shorter.json().get("tasks").get(1).get("finish").asString()).isEqualTo("2027-01-07T17:00");
        pmo.send("PATCH", plan + "/tasks/" + design, "{\"duration\":\"5d\"}");

        // a whole plan that does not mention splits keeps them; a blank one removes them
        Api.Response kept = buildAndDesignOnly("");
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.json().get("tasks").get(1).get("finish").asString()).isEqualTo("2027-01-13T17:00");
        // once started, the rest follows the progress rules: one bar, the pauses kept
        JsonNode started = pmo.send("PATCH", plan + "/tasks/" + design, "{\"actualStart\":\"2027-01-04T08:00\"}")
                .json().get("tasks").get(1);
        assertThat(started.get("segments")).isEmpty();
        assertThat(started.get("splits").asString()).isEqualTo("2d+1d, 4d+2d");
        assertThat(started.get("finish").asString()).isEqualTo("2027-01-13T17:00");
        Api.Response cleared = buildAndDesignOnly(",\"splits\":\"\"");
        assertThat(cleared.json().get("tasks").get(1).get("splits").asString()).isEmpty();
        assertThat(cleared.json().get("tasks").get(1).get("finish").asString()).isEqualTo("2027-01-08T17:00");
    }

    /** The plan sent back as Build and Design alone, kept by their ids; {@code designFields} adds to Design's. */
    private Api.Response buildAndDesignOnly(String designFields) {
        JsonNode read = pmo.get(plan).json();
        List<Long> ids = taskIds(read);
        String whole = """
                {"start":"2027-01-04","version":%d,"tasks":[
                  {"id":%d,"name":"Build"},
                  {"id":%d,"parentKey":"%d","name":"Design","duration":"5d"%s}]}
                """;
        return pmo.put(plan, whole.formatted(read.get("version").asLong(), ids.get(0), ids.get(1), ids.get(0), designFields));
    }

    @Test
    void badSplitsAreRefusedNamingTheFieldAndChangeNothing() {
        long test = pmo.get(plan).json().get("tasks").get(3).get("id").asLong();
        assertThat(pmo.send("PATCH", plan + "/tasks/" + test, "{\"duration\":\"4ed\"}").status()).isEqualTo(200);
        JsonNode read = pmo.get(plan).json();
        long design = read.get("tasks").get(1).get("id").asLong();
        long version = read.get("version").asLong();
        for (String bad : List.of("2d", "2d+1d+1d", "0d+1d", "5d+1d", "3d+1d, 2d+1d", "2d+0d", "2ed+1d", "2d+x",
                "-1d+1d")) {
            Api.Response refused = pmo.send("PATCH", plan + "/tasks/" + design, json(Map.of("splits", bad)));
            assertThat(refused.status()).as(bad + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("splits");
        }
        long goLive = read.get("tasks").get(4).get("id").asLong();
        long build = read.get("tasks").get(0).get("id").asLong();
        for (long task : List.of(goLive, build, test)) {
            Api.Response refused = pmo.send("PATCH", plan + "/tasks/" + task, json(Map.of("splits", "1d+1d")));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("can be split");
        }
        assertThat(pmo.get(plan).json().get("version").asLong()).isEqualTo(version);
    }

    @Test
    void aPlanSentBackWithItsTaskIdsKeepsTheTasksAndTheirBaselineValues() {
        assertThat(pmo.put("/api/v1/projects/" + project + "/baselines/0", "{}").status()).isEqualTo(200);
        JsonNode read = pmo.get(plan).json();
        List<Long> ids = taskIds(read);
        // Design, Code and Test kept by id (Design longer), Go-live left out, a new task "Launch"
        String body = """
                {"start":"2027-01-04","version":%d,"tasks":[
                  {"id":%d,"name":"Build"},
                  {"id":%d,"parentKey":"%d","name":"Design","duration":"7d"},
                  {"id":%d,"key":"code","parentKey":"%d","name":"Code","duration":"1w"},
                  {"id":%d,"parentKey":"%d","name":"Test","duration":"4d"},
                  {"key":"launch","name":"Launch","duration":"0"}],
                 "dependencies":[{"predecessor":"%d","successor":"code","lag":"1d"},
                  {"predecessor":"code","successor":"%d","type":"SS","lag":"2d"},
                  {"predecessor":"%d","successor":"launch"}]}
                """.formatted(read.get("version").asLong(), ids.get(0), ids.get(1), ids.get(0), ids.get(2), ids.get(0),
                ids.get(3), ids.get(0), ids.get(1), ids.get(3), ids.get(3));

        Api.Response replaced = pmo.put(plan, body);

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode tasks = replaced.json().get("tasks");
        assertThat(texts(tasks, "name")).containsExactly("Build", "Design", "Code", "Test", "Launch");
        for (int i = 0; i < 4; i++) assertThat(tasks.get(i).get("id").asLong()).isEqualTo(ids.get(i));
        assertThat(tasks.get(4).get("id").asLong()).isNotIn(ids);
        assertThat(tasks.get(2).get("predecessors").asString()).isEqualTo("2FS+1d");
        JsonNode variance = pmo.get("/api/v1/projects/" + project + "/baselines/0/variance").json().get("tasks");
        assertThat(variance.get(1).get("baselineFinish").asString()).isEqualTo("2027-01-08T17:00");
        assertThat(variance.get(1).get("durationVariance").asString()).isEqualTo("2d");
        JsonNode launchBaseline = variance.get(4).get("baselineFinish");
        assertThat(launchBaseline == null || launchBaseline.isNull()).isTrue();
        // the whole-plan PUT is in the trail task by task, with its fields, as a cell edit would be
        JsonNode design = lastEntry("plan_task", ids.get(1));
        assertThat(design.get("action").asString()).isEqualTo("UPDATE");
        assertThat(design.get("changes")).anySatisfy(change -> {
            assertThat(change.get("field").asString()).isEqualTo("duration");
            assertThat(change.get("oldValue").asString()).startsWith("2400 min");
            assertThat(change.get("newValue").asString()).startsWith("3360 min");
        });
        assertThat(lastEntry("plan_task", ids.get(4)).get("action").asString()).isEqualTo("DELETE");
        JsonNode launch = lastEntry("plan_task", tasks.get(4).get("id").asLong());
        assertThat(launch.get("action").asString()).isEqualTo("CREATE");
        assertThat(launch.get("changes")).anySatisfy(change -> assertThat(change.get("newValue").asString())
                .isEqualTo("Launch"));

        Api.Response foreign = pmo.put(plan, "{\"start\":\"2027-01-04\",\"tasks\":[{\"id\":" + ids.get(4)
                + ",\"name\":\"Gone\"}]}");
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(400);
        assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("tasks[0].id");
    }

    @Test
    void twentyConcurrentEditsWithoutAVersionAreAllAppliedToThePlanAsItIs() throws Exception {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) many.add(Map.of("key", "t" + i, "name", "Task " + i, "duration", "1d"));
        assertThat(pmo.put(plan, json(Map.of("start", "2027-01-04", "tasks", many))).status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        pmo.get(plan).json().get("tasks").forEach(task -> ids.add(task.get("id").asLong()));

        List<java.util.concurrent.Future<Api.Response>> answers = new ArrayList<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 20; i++) {
                String task = plan + "/tasks/" + ids.get(i);
                String body = "{\"name\":\"Renamed " + i + "\"}";
                answers.add(pool.submit(() -> {
                    start.await();
                    return pmo.send("PATCH", task, body);
                }));
            }
            start.countDown();
            for (var answer : answers) assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
        } finally {
            pool.shutdown();
        }

        List<String> names = texts(pmo.get(plan).json().get("tasks"), "name");
        for (int i = 0; i < 20; i++) assertThat(names).contains("Renamed " + i);
    }

    private static List<Long> taskIds(JsonNode plan) {
        List<Long> ids = new ArrayList<>();
        plan.get("tasks").forEach(task -> ids.add(task.get("id").asLong()));
        return ids;
    }

    private JsonNode lastEntry(String entityType, long entityId) {
        return pmo.get("/api/v1/audit?entityType=" + entityType + "&entityId=" + entityId).json().get("items").get(0);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(field == null ? item.asString() : item.get(field).asString()));
        return texts;
    }

    private static JsonNode find(JsonNode array, String field, long value, String other, String otherValue) {
        for (JsonNode item : array) {
            if (item.get(field).asLong() == value && item.get(other).asString().equals(otherValue)) return item;
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }
}
