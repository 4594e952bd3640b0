package org.lodestar.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lodestar.status.StatusFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Deleting a project never answers 500: a project that came from a request, with a plan, a baseline, its own
 * calendar, a submitted status report and the notification it sent, goes (204) and every module says in the audit
 * trail what became of its records; one with a published status report is refused (409) naming it.
 */
class ProjectDeletionIntegrationTests extends IntegrationTestSupport {

    private static final Duration LISTENERS = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    Api pmo;

    @BeforeEach
    void signIn() {
        pmo = Api.as(port, "pmo");
    }

    @Test
    void aConvertedProjectIsDeletedAndEveryModuleAuditsWhatBecameOfItsRecords() {
        long request = approvedRequest("Short-lived app");
        long project = convert(request);
        String plan = "/api/v1/projects/" + project + "/plan";
        await().atMost(LISTENERS).until(() -> total("plan", project) > 0);
        ok(pmo.put(plan, """
                {"start": "2027-01-04", "tasks": [{"key": "a", "name": "Build", "duration": "5d"},
                                                  {"key": "b", "name": "Go-live", "duration": "0"}],
                 "dependencies": [{"predecessor": "a", "successor": "b"}]}
                """));
        ok(pmo.put("/api/v1/projects/" + project + "/baselines/0", "{\"name\": \"Approved\"}"));
        long calendar = created(pmo.post("/api/v1/calendars", """
                {"name": "Site calendar", "projectId": %d, "week": [
                  {"day": "MONDAY", "hours": [{"from": "08:00", "to": "16:00"}]}]}
                """.formatted(project))).get("id").asLong();
        long report = submittedReport(project);
        await().atMost(LISTENERS).until(() -> notificationsAbout(project) > 0);

        Api.Response deleted = pmo.delete("/api/v1/projects/" + project + "?version=" + version(project));

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(pmo.get("/api/v1/projects/" + project).status()).isEqualTo(404);
        await().atMost(LISTENERS).untilAsserted(() -> {
            assertThat(lastAction("plan", project)).isEqualTo("DELETE");
            // planning audits baselines under their project's id
            assertThat(lastAction("baseline", project)).isEqualTo("DELETE");
            assertThat(lastAction("calendar", calendar)).isEqualTo("DELETE");
            assertThat(lastAction("status-report", report)).isEqualTo("DELETE");
            assertThat(lastAction("projectRequest", request)).isEqualTo("UPDATE");
        });
        assertThat(latest("plan", project).toString()).contains("deleted with project");
        assertThat(latest("projectRequest", request).get("changes").get(0).get("field").asString())
                .isEqualTo("project");
        JsonNode notices = pmo.get("/api/v1/audit?entityType=notice&size=100").json().get("items");
        List<String> summaries = new ArrayList<>();
        notices.forEach(notice -> summaries.add(notice.get("summary").asString()));
        assertThat(summaries).anySatisfy(summary -> assertThat(summary).contains("status.notification.SUBMITTED"));
        JsonNode unlinked = ok(pmo.get("/api/v1/requests/" + request));
        assertThat(unlinked.get("state").asString()).isEqualTo("CONVERTED");
        assertThat(unlinked.get("projectId").isNull()).isTrue();
        assertThat(pmo.get(plan).status()).isEqualTo(404);
        assertThat(pmo.get("/api/v1/calendars/" + calendar).status()).isEqualTo(404);
    }

    @Test
    void aProjectWithAPublishedStatusReportIsKeptAndTheRefusalNamesTheReport() {
        long project = convert(approvedRequest("Reported app"));
        long report = submittedReport(project);
        long reportVersion = pmo.get("/api/v1/status-reports/" + report).json().get("version").asLong();
        ok(pmo.post("/api/v1/status-reports/" + report + "/publish", StatusFixtures.act(reportVersion, null)));

        Api.Response refused = pmo.delete("/api/v1/projects/" + project + "?version=" + version(project));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("published status reports (1)")
                .contains("Close or cancel");
        assertThat(refused.json().get("dependants").get(0).get("kind").asString())
                .isEqualTo("status.dependant.publishedReports");
        assertThat(pmo.get("/api/v1/projects/" + project).status()).isEqualTo(200);
        assertThat(lastAction("project", project)).isNotEqualTo("DELETE");
    }

    /** A request of the requester, taken by the PMO through review to approval. */
    private long approvedRequest(String title) {
        Api requester = Api.as(port, "requester");
        JsonNode request = created(requester.post("/api/v1/requests", """
                {"typeId": 1, "title": "%s", "portfolioId": 1, "category": "Digital",
                 "values": {"problem": "A problem", "outcome": "An outcome", "urgency": "intake.default.choice.medium"}}
                """.formatted(title)));
        long id = request.get("id").asLong();
        request = ok(requester.post("/api/v1/requests/" + id + "/submit", versionOf(request)));
        request = ok(pmo.post("/api/v1/requests/" + id + "/screen", versionOf(request)));
        request = ok(pmo.post("/api/v1/requests/" + id + "/evaluate", versionOf(request)));
        ok(pmo.post("/api/v1/requests/" + id + "/approve", "{\"reason\": \"Worth it\", \"date\": \"%s\", \"version\": %d}"
                .formatted(LocalDate.now(), request.get("version").asLong())));
        return id;
    }

    private long convert(long request) {
        long version = ok(pmo.get("/api/v1/requests/" + request)).get("version").asLong();
        return ok(pmo.post("/api/v1/requests/" + request + "/convert",
                "{\"portfolioId\": 1, \"customFields\": {\"risk_level\": \"Low\"}, \"version\": %d}".formatted(version)))
                .get("projectId").asLong();
    }

    /** A complete status report of the project, written and submitted by the PMO (who edits every project). */
    private long submittedReport(long project) {
        JsonNode draft = created(pmo.post("/api/v1/projects/" + project + "/status-reports", "{}"));
        long id = draft.get("id").asLong();
        JsonNode saved = ok(pmo.put("/api/v1/status-reports/" + id,
                ProjectFixtures.json(StatusFixtures.completeReport("GREEN", draft.get("version").asLong()))));
        ok(pmo.post("/api/v1/status-reports/" + id + "/submit", StatusFixtures.act(saved.get("version").asLong(), null)));
        return id;
    }

    private long notificationsAbout(long project) {
        JsonNode inbox = pmo.get("/api/v1/notifications").json();
        long count = 0;
        for (JsonNode notice : inbox) {
            if ("project".equals(notice.get("topic").asString()) && notice.get("topicId").asLong() == project) count++;
        }
        return count;
    }

    private long version(long project) {
        return pmo.get("/api/v1/projects/" + project).json().get("version").asLong();
    }

    private long total(String type, long id) {
        return pmo.get("/api/v1/audit?entityType=" + type + "&entityId=" + id).json().get("total").asLong();
    }

    private JsonNode latest(String type, long id) {
        return pmo.get("/api/v1/audit?entityType=" + type + "&entityId=" + id).json().get("items").get(0);
    }

    private String lastAction(String type, long id) {
        JsonNode items = pmo.get("/api/v1/audit?entityType=" + type + "&entityId=" + id).json().get("items");
        return items.isEmpty() ? null : items.get(0).get("action").asString();
    }

    private static String versionOf(JsonNode record) {
        return "{\"version\": " + record.get("version").asLong() + "}";
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }
}
