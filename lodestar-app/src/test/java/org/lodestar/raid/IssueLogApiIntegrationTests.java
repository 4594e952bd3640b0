package org.lodestar.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.People;
import org.lodestar.status.StatusFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The issues log through the API: its acts and states, filters and order, CSV export, and RAID's health. */
class IssueLogApiIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AuditTrail audit;

    @Autowired
    RaidHealthIndicators indicators;

    static Map<String, Object> issue(String title, String priority, String due) {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("title", title);
        issue.put("description", "What is wrong");
        issue.put("priority", priority);
        issue.put("due", due);
        return issue;
    }

    private static List<String> titles(Api.Response response) {
        List<String> titles = new ArrayList<>();
        response.json().forEach(issue -> titles.add(issue.get("title").asString()));
        return titles;
    }

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static String act(long version) {
        return "{\"version\": " + version + "}";
    }

    @Test
    void aPmLogsActsOnResolvesAndReopensAnIssueEachChangeAudited() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Issue project", 60_000);
        Api pm = Api.as(port, "pm");
        Api.Response logged = pm.post("/api/v1/projects/" + project + "/issues", json(issue("Test rig broken", "HIGH",
                "2026-05-01")));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        long id = logged.json().get("id").asLong();
        assertThat(logged.json().get("state").asString()).isEqualTo("OPEN");

        JsonNode withAction = pm.post("/api/v1/issues/" + id + "/actions", json(Map.of("description", "Order parts",
                "due", "2026-04-15", "version", logged.json().get("version").asLong()))).json();
        JsonNode done = pm.post("/api/v1/issues/" + id + "/actions/0/complete",
                act(withAction.get("version").asLong())).json();
        assertThat(done.get("actions").get(0).get("done").asBoolean()).isTrue();
        Map<String, Object> changed = issue("Test rig broken again", "CRITICAL", "2026-05-10");
        changed.put("version", done.get("version").asLong());
        JsonNode renamed = pm.put("/api/v1/issues/" + id, json(changed)).json();
        assertThat(renamed.get("priority").asString()).isEqualTo("CRITICAL");

        JsonNode resolved = pm.post("/api/v1/issues/" + id + "/resolve", json(Map.of("resolution", "Rig replaced",
                "version", renamed.get("version").asLong()))).json();
        assertThat(resolved.get("state").asString()).isEqualTo("RESOLVED");
        long version = resolved.get("version").asLong();
        // a resolved issue is not resolved again, changed or given actions: 409, nothing stored
        assertThat(pm.post("/api/v1/issues/" + id + "/resolve", act(version)).status()).isEqualTo(409);
        changed.put("version", version);
        assertThat(pm.put("/api/v1/issues/" + id, json(changed)).status()).isEqualTo(409);
        assertThat(pm.post("/api/v1/issues/" + id + "/actions", json(Map.of("description", "More",
                "version", version))).status()).isEqualTo(409);
        JsonNode reopened = pm.post("/api/v1/issues/" + id + "/reopen", act(version)).json();
        assertThat(reopened.get("state").asString()).isEqualTo("OPEN");
        assertThat(pm.post("/api/v1/issues/" + id + "/reopen", act(reopened.get("version").asLong())).status())
                .isEqualTo(409);
        // stale: 409 with the current version
        Api.Response stale = pm.post("/api/v1/issues/" + id + "/resolve", act(version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(reopened.get("version").asLong());

        assertThat(audit.history("raid-issue", id)).hasSize(6);
    }

    @Test
    void badIssuesAre400NamingTheFieldAndOnlyWritersLogThem() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Bad issue project", 60_000);
        String issues = "/api/v1/projects/" + project + "/issues";
        Api pm = Api.as(port, "pm");
        Map<String, Object> noPriority = issue("No priority", "HIGH", null);
        noPriority.remove("priority");
        assertThat(fields(pm.post(issues, json(noPriority)))).containsExactly("priority");
        assertThat(fields(pm.post(issues, json(issue(" ", "HIGH", null))))).containsExactly("title");
        assertThat(fields(pm.post(issues, json(issue("Far", "HIGH", "3100-01-01"))))).containsExactly("due");
        Map<String, Object> unknownOwner = issue("Nobody's", "HIGH", null);
        unknownOwner.put("ownerId", 987_654_321L);
        assertThat(fields(pm.post(issues, json(unknownOwner)))).containsExactly("ownerId");
        assertThat(Api.as(port, "exec").post(issues, json(issue("Exec's", "LOW", null))).status()).isEqualTo(403);
        assertThat(Api.as(port, "requester").get(issues).status()).isEqualTo(403);
        assertThat(Api.as(port, "exec").get(issues).json()).isEmpty();
    }

    @Test
    void theLogFiltersSortsAndExportsNeutralisedCsv() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Filtered issue project", 60_000);
        String issues = "/api/v1/projects/" + project + "/issues";
        Api pm = Api.as(port, "pm");
        pm.post(issues, json(issue("B late supplier", "LOW", "2026-03-01")));
        pm.post(issues, json(issue("=HYPERLINK(\"http://evil\")", "CRITICAL", "2026-02-01")));
        JsonNode resolving = pm.post(issues, json(issue("A no due date", "MEDIUM", null))).json();
        pm.post("/api/v1/issues/" + resolving.get("id").asLong() + "/resolve",
                json(Map.of("resolution", "-done", "version", resolving.get("version").asLong())));

        assertThat(titles(pm.get(issues))).containsExactly("=HYPERLINK(\"http://evil\")", "B late supplier",
                "A no due date");
        assertThat(titles(pm.get(issues + "?sort=priority&descending=true")))
                .containsExactly("=HYPERLINK(\"http://evil\")", "A no due date", "B late supplier");
        assertThat(titles(pm.get(issues + "?sort=title"))).containsExactly("=HYPERLINK(\"http://evil\")",
                "A no due date", "B late supplier");
        assertThat(titles(pm.get(issues + "?state=OPEN&priority=LOW"))).containsExactly("B late supplier");

        Api.Response csv = pm.getAnything(issues + ".csv?state=RESOLVED");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("id,title,description,priority,owner,due,state,resolution")
                .contains(",A no due date,").contains(",'-done,");
        String all = pm.getAnything(issues + ".csv").body();
        assertThat(all).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").doesNotContain(",=HYPERLINK");
        assertThat(Api.as(port, "requester").getAnything(issues + ".csv").status()).isEqualTo(403);
    }

    @Test
    void openHighRisksAndOverdueIssueActionsAreMeasuredForStatus() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Health raid project", 60_000);
        Api pm = Api.as(port, "pm");
        pm.post("/api/v1/projects/" + project + "/risks", json(RiskRegisterApiIntegrationTests.threat(5, 3)));
        pm.post("/api/v1/projects/" + project + "/risks", json(RiskRegisterApiIntegrationTests.threat(5, 4)));
        pm.post("/api/v1/projects/" + project + "/risks", json(RiskRegisterApiIntegrationTests.threat(2, 4)));
        JsonNode logged = pm.post("/api/v1/projects/" + project + "/issues", json(issue("Late", "HIGH", null))).json();
        JsonNode one = pm.post("/api/v1/issues/" + logged.get("id").asLong() + "/actions", json(Map.of(
                "description", "Overdue", "due", "2026-01-10", "version", logged.get("version").asLong()))).json();
        pm.post("/api/v1/issues/" + logged.get("id").asLong() + "/actions", json(Map.of(
                "description", "Not yet due", "due", "2026-12-31", "version", one.get("version").asLong())));

        Map<String, Double> values = new LinkedHashMap<>();
        indicators.measure(List.of(project), LocalDate.of(2026, 6, 1))
                .forEach(measurement -> values.put(measurement.indicator(), measurement.value()));
        assertThat(values).containsEntry("raid.openHighRisks", 2.0).containsEntry("raid.overdueIssueActions", 1.0);
        assertThat(indicators.measure(List.of(project), LocalDate.of(2027, 1, 1)).stream()
                .filter(m -> m.indicator().equals("raid.overdueIssueActions")).findFirst().orElseThrow().value())
                .isEqualTo(2.0);
    }

    @Test
    void theDemoHasRaidLogsWithHistoryOnMostActiveProjects() {
        Api pmo = Api.as(port, "pmo");
        // the demo's projects are the first created: the active ones of lowest id
        List<Long> active = new ArrayList<>();
        pmo.get("/api/v1/projects?state=ACTIVE&size=200").json().get("items")
                .forEach(project -> active.add(project.get("id").asLong()));
        List<Long> demo = active.stream().sorted().limit(8).toList();
        int withHistory = 0;
        for (long project : demo) {
            boolean history = false;
            for (JsonNode risk : pmo.get("/api/v1/projects/" + project + "/risks").json()) {
                history |= risk.get("history").size() >= 2;
            }
            if (history && !pmo.get("/api/v1/projects/" + project + "/issues").json().isEmpty()
                    && !pmo.get("/api/v1/projects/" + project + "/decisions").json().isEmpty()) {
                withHistory++;
            }
        }
        assertThat(demo).hasSize(8);
        assertThat(withHistory).as("demo projects with RAID logs and history").isGreaterThan(4);
    }
}
