package org.lodestar.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.status.StatusFixtures.act;
import static org.lodestar.status.StatusFixtures.activeProjectOfPm;
import static org.lodestar.status.StatusFixtures.completeReport;
import static org.lodestar.status.StatusFixtures.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

class StatusApiIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    @Test
    void pmoSetsAReportingCycleAndOthersMayOnlyReadIt() {
        String cycle = json(Map.of("name", "Weekly digital", "frequency", "WEEKLY", "dueDay", 4, "scope", "PORTFOLIO",
                "scopeId", 1, "remindDaysBefore", 2, "remindOverdue", true, "active", true));

        Api.Response created = Api.as(port, "pmo").post("/api/v1/status/cycles", cycle);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("scopeTarget").get("id").asLong()).isEqualTo(1);
        assertThat(Api.as(port, "pm").post("/api/v1/status/cycles", cycle).status()).isEqualTo(403);
        assertThat(Api.as(port, "pm").get("/api/v1/status/cycles").status()).isEqualTo(200);
        assertThat(Api.as(port, "requester").get("/api/v1/status/cycles").status()).isEqualTo(403);
    }

    @Test
    void aCycleAnswersItsETagAndAChangeFromAStaleOneGets409() {
        Map<String, Object> cycle = new java.util.HashMap<>(Map.of("name", "Tagged", "frequency", "WEEKLY",
                "dueDay", 4, "scope", "ALL", "remindDaysBefore", 2, "remindOverdue", false, "active", false));
        Api pmo = Api.as(port, "pmo");
        Api.Response created = pmo.post("/api/v1/status/cycles", json(cycle));
        long id = created.json().get("id").asLong();
        cycle.put("name", "Tagged again");

        Api.Response changed = pmo.put("/api/v1/status/cycles/" + id, json(cycle), created.etag());
        Api.Response stale = pmo.put("/api/v1/status/cycles/" + id, json(cycle), created.etag());

        assertThat(created.etag()).isEqualTo("\"0\"");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"1\"");
        assertThat(pmo.get("/api/v1/status/cycles/" + id).etag()).isEqualTo("\"1\"");
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void aWeeklyCycleDueOnDayNineIsRefusedNamingTheField() {
        String cycle = json(Map.of("name", "Odd", "frequency", "WEEKLY", "dueDay", 9, "scope", "PROGRAMME",
                "remindDaysBefore", 2, "remindOverdue", true, "active", true));

        Api.Response response = Api.as(port, "pmo").post("/api/v1/status/cycles", cycle);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).contains("dueDay", "scopeId");
    }

    @Test
    void aRedDimensionWithoutCommentIsRefusedOnSubmitNamingTheField() {
        long project = activeProjectOfPm(port, people, "Status red without comment", 100_000);
        Api pm = Api.as(port, "pm");
        JsonNode draft = pm.post("/api/v1/projects/" + project + "/status-reports", "{}").json();
        Map<String, Object> body = completeReport("AMBER", draft.get("version").asLong());
        body.put("schedule", rating("RED", " "));
        body.remove("quality");
        JsonNode saved = pm.put("/api/v1/status-reports/" + draft.get("id").asLong(), json(body)).json();

        Api.Response submitted = pm.post("/api/v1/status-reports/" + saved.get("id").asLong() + "/submit",
                act(saved.get("version").asLong(), null));

        assertThat(submitted.status()).isEqualTo(400);
        assertThat(fields(submitted)).containsExactlyInAnyOrder("scheduleComment", "quality");
    }

    @Test
    void theWorkflowRunsFromDraftToPublishedAndThePublishedReportIsLocked() {
        long project = activeProjectOfPm(port, people, "Status workflow", 100_000);
        Api pm = Api.as(port, "pm");
        Api pmo = Api.as(port, "pmo");
        Api.Response started = pm.post("/api/v1/projects/" + project + "/status-reports", "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long id = started.json().get("id").asLong();
        assertThat(started.json().get("state").asString()).isEqualTo("DRAFT");

        JsonNode saved = pm.put("/api/v1/status-reports/" + id, json(completeReport("GREEN", 0 + started.json()
                .get("version").asLong()))).json();
        JsonNode submitted = pm.post("/api/v1/status-reports/" + id + "/submit", act(saved.get("version").asLong(), null)).json();
        assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(pm.put("/api/v1/status-reports/" + id, json(completeReport("GREEN", submitted.get("version").asLong())))
                .status()).as("a submitted report is under review").isEqualTo(409);
        assertThat(pm.post("/api/v1/status-reports/" + id + "/publish", act(submitted.get("version").asLong(), null))
                .status()).as("only the PMO publishes").isEqualTo(403);
        Api.Response noComment = pmo.post("/api/v1/status-reports/" + id + "/return", act(submitted.get("version").asLong(), ""));
        assertThat(fields(noComment)).containsExactly("reviewComment");

        JsonNode returned = pmo.post("/api/v1/status-reports/" + id + "/return",
                act(submitted.get("version").asLong(), "Say what the build needs")).json();
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        JsonNode edited = pm.put("/api/v1/status-reports/" + id, json(completeReport("GREEN", returned.get("version").asLong())))
                .json();
        JsonNode resubmitted = pm.post("/api/v1/status-reports/" + id + "/submit", act(edited.get("version").asLong(), null)).json();
        Api.Response published = pmo.post("/api/v1/status-reports/" + id + "/publish",
                act(resubmitted.get("version").asLong(), null));

        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("state").asString()).isEqualTo("PUBLISHED");
        Api.Response edit = pm.put("/api/v1/status-reports/" + id, json(completeReport("RED", published.json()
                .get("version").asLong())));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.contentType()).startsWith("application/problem+json");
        assertThat(pm.post("/api/v1/projects/" + project + "/status-reports", "{}").status())
                .as("the period's report is published: it is revised, not reopened").isEqualTo(409);
        JsonNode history = pm.get("/api/v1/projects/" + project + "/status-reports").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("overall").asString()).isEqualTo("GREEN");
    }

    @Test
    void aRevisionIsANewDraftAndPublishingItSupersedesTheFirst() {
        long project = activeProjectOfPm(port, people, "Status revision", 100_000);
        long first = publishedReport(project, "GREEN");
        Api pm = Api.as(port, "pm");

        Api.Response revision = pm.post("/api/v1/status-reports/" + first + "/revise", "");
        assertThat(revision.status()).as(revision.body()).isEqualTo(201);
        assertThat(revision.json().get("revision").asInt()).isEqualTo(2);
        assertThat(revision.json().get("overall").get("rag").asString()).isEqualTo("GREEN");
        long second = revision.json().get("id").asLong();
        assertThat(pm.post("/api/v1/status-reports/" + first + "/revise", "").status()).isEqualTo(409);
        JsonNode saved = pm.put("/api/v1/status-reports/" + second, json(completeReport("AMBER",
                revision.json().get("version").asLong()))).json();
        JsonNode submitted = pm.post("/api/v1/status-reports/" + second + "/submit", act(saved.get("version").asLong(), null)).json();
        Api.as(port, "pmo").post("/api/v1/status-reports/" + second + "/publish", act(submitted.get("version").asLong(), null));

        JsonNode history = pm.get("/api/v1/projects/" + project + "/status-reports").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("revision").asInt()).isEqualTo(2);
        assertThat(history.get(0).get("overall").asString()).isEqualTo("AMBER");
        assertThat(pm.get("/api/v1/status-reports/" + first).json().get("superseded").asBoolean()).isTrue();
    }

    @Test
    void aNewReportIsPrefilledFromThePreviousOne() {
        long project = activeProjectOfPm(port, people, "Status prefill", 100_000);
        long first = publishedReport(project, "AMBER");
        String period = Api.as(port, "pm").get("/api/v1/status-reports/" + first).json().get("periodEnd").asString();
        String next = java.time.LocalDate.parse(period).plusWeeks(1).toString();

        JsonNode draft = Api.as(port, "pm").post("/api/v1/projects/" + project + "/status-reports",
                json(Map.of("periodEnd", next))).json();

        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("overall").get("rag").asString()).isEqualTo("AMBER");
        assertThat(draft.get("accomplishments").asString()).isEqualTo("Design signed off");
        assertThat(draft.get("milestones").get(0).get("name").asString()).isEqualTo("Design approved");
    }

    @Test
    void peopleOutsideTheProjectCannotWriteAndRequestersCannotRead() {
        long project = activeProjectOfPm(port, people, "Status rights", 100_000);
        long report = publishedReport(project, "GREEN");

        assertThat(Api.as(port, "member").post("/api/v1/projects/" + project + "/status-reports", "{}").status())
                .isEqualTo(403);
        assertThat(Api.as(port, "exec").get("/api/v1/status-reports/" + report).status()).isEqualTo(200);
        assertThat(Api.as(port, "requester").get("/api/v1/status-reports/" + report).status()).isEqualTo(403);
        assertThat(Api.as(port, "requester").get("/api/v1/projects/" + project + "/status-reports").status())
                .isEqualTo(403);
        assertThat(Api.as(port, "pm").get("/api/v1/status-reports/999999").status()).isEqualTo(404);
    }

    @Test
    void aGreenReportOnAProjectThatBurnedItsBudgetIsFlaggedAsContradicted() {
        long project = activeProjectOfPm(port, people, "Status discrepancy", 100_000);
        Api pm = Api.as(port, "pm");
        JsonNode draft = pm.post("/api/v1/projects/" + project + "/status-reports", "{}").json();
        Map<String, Object> body = completeReport("GREEN", draft.get("version").asLong());
        body.put("actualCost", 90_000);
        body.put("percentComplete", 30);
        long id = draft.get("id").asLong();
        JsonNode saved = pm.put("/api/v1/status-reports/" + id, json(body)).json();
        JsonNode submitted = pm.post("/api/v1/status-reports/" + id + "/submit", act(saved.get("version").asLong(), null)).json();
        Api.as(port, "pmo").post("/api/v1/status-reports/" + id + "/publish", act(submitted.get("version").asLong(), null));

        JsonNode health = pm.get("/api/v1/projects/" + project + "/health").json();
        JsonNode report = pm.get("/api/v1/status-reports/" + id).json();

        assertThat(health.get("computed").asString()).isEqualTo("RED");
        assertThat(health.get("reported").asString()).isEqualTo("GREEN");
        assertThat(health.get("discrepancy").asBoolean()).isTrue();
        JsonNode burn = null;
        for (JsonNode indicator : health.get("indicators")) {
            if (indicator.get("key").asString().equals("status.budgetBurn")) burn = indicator;
        }
        assertThat(burn).isNotNull();
        assertThat(burn.get("value").asDouble()).isEqualTo(60.0);
        assertThat(burn.get("inputs").toString()).contains("90000.00 EUR", "30 %");
        assertThat(report.get("discrepancy").asBoolean()).isTrue();
    }

    @Test
    void pmoChangesAThresholdWithItsVersion() {
        Api pmo = Api.as(port, "pmo");
        Api.Response refused = pmo.put("/api/v1/status/thresholds/status.daysSinceReport",
                json(Map.of("amberAt", 30, "redAt", 20, "version", 0)));
        assertThat(fields(refused)).containsExactly("redAt");
        assertThat(Api.as(port, "pm").put("/api/v1/status/thresholds/status.daysSinceReport",
                json(Map.of("amberAt", 8, "redAt", 20, "version", 0))).status()).isEqualTo(403);

        Api.Response set = pmo.put("/api/v1/status/thresholds/status.daysSinceReport",
                json(Map.of("amberAt", 10, "redAt", 22, "version", 0)));

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("redAt").asDouble()).isEqualTo(22.0);
        assertThat(set.json().get("custom").asBoolean()).isTrue();
        assertThat(pmo.put("/api/v1/status/thresholds/status.daysSinceReport",
                json(Map.of("amberAt", 10, "redAt", 23, "version", 0))).status()).isEqualTo(409);
    }

    @Test
    void aProjectWithoutItsLastReportIsRemindedOnceAsOverdue() {
        long project = activeProjectOfPm(port, people, "Status reminders", 100_000);
        assertThat(Api.as(port, "pm").post("/api/v1/status/reminders", "").status()).isEqualTo(403);

        Api.Response first = Api.as(port, "pmo").post("/api/v1/status/reminders", "");
        Api.as(port, "pmo").post("/api/v1/status/reminders", "");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        int overdue = 0;
        for (JsonNode notification : Api.as(port, "pm").get("/api/v1/notifications").json()) {
            if (notification.get("topicId").asLong() == project
                    && notification.get("messageKey").asString().equals("status.notification.OVERDUE")) overdue++;
        }
        assertThat(overdue).as("the demo's weekly cycle covers the project; reminded once").isEqualTo(1);
        assertThat(Api.as(port, "pm").post("/api/v1/notifications/read", "").status()).isEqualTo(204);
    }

    /** Writes, submits and publishes the project's current report with this overall rating; its id. */
    private long publishedReport(long project, String overall) {
        Api pm = Api.as(port, "pm");
        JsonNode draft = pm.post("/api/v1/projects/" + project + "/status-reports", "{}").json();
        long id = draft.get("id").asLong();
        JsonNode saved = pm.put("/api/v1/status-reports/" + id, json(completeReport(overall, draft.get("version").asLong())))
                .json();
        JsonNode submitted = pm.post("/api/v1/status-reports/" + id + "/submit", act(saved.get("version").asLong(), null)).json();
        Api.Response published = Api.as(port, "pmo").post("/api/v1/status-reports/" + id + "/publish",
                act(submitted.get("version").asLong(), null));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }
}
