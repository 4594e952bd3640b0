package org.lodestar.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.status.StatusFixtures.act;
import static org.lodestar.status.StatusFixtures.activeProjectOfPm;
import static org.lodestar.status.StatusFixtures.completeReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Health is status's: what a published report says is what every page and API shows as the reported health. */
class StatusOwnsHealthIntegrationTests extends PageTestSupport {

    @Autowired
    People people;

    @Autowired
    List<HealthIndicatorSource> sources;

    @Autowired
    MessageSource messages;

    @Autowired
    ComputedHealth computedHealth;

    /**
     * Past {@link org.lodestar.platform.IdList#LONGEST_BOUND} projects every source reads its table whole and keeps
     * the projects asked for, instead of binding an {@code in} list: the same health either way.
     */
    @Test
    void aLongListOfProjectsGetsTheSameHealthAsAShortOne() {
        List<Long> open = new ArrayList<>();
        Api.as(port, "pmo").get("/api/v1/status/dashboard?size=1000").json().get("heatmap")
                .forEach(row -> open.add(row.get("id").asLong()));
        List<Long> few = open.subList(0, Math.min(open.size(), org.lodestar.platform.IdList.LONGEST_BOUND));
        List<Long> many = new ArrayList<>(few);
        for (long absent = -1; many.size() <= org.lodestar.platform.IdList.LONGEST_BOUND; absent--) many.add(absent);
        java.time.LocalDate today = java.time.LocalDate.now();

        var fromShortList = computedHealth.forProjects(few, today);
        var fromLongList = computedHealth.forProjects(many, today);

        assertThat(fromShortList.values()).as("the demo measures indicators of every module")
                .anyMatch(health -> health.indicators().size() >= 3);
        for (long project : few) {
            assertThat(fromLongList.get(project)).as("project " + project).isEqualTo(fromShortList.get(project));
        }
        assertThat(fromLongList.get(-1L).indicators()).isEmpty();
    }

    /** Every module's indicators are named, and their values carry a plural-aware unit, in the four languages. */
    @Test
    void everyIndicatorAndItsUnitAreNamedInEachLanguage() {
        List<String> missing = new ArrayList<>();
        for (HealthIndicatorSource source : sources) {
            for (HealthIndicatorSource.IndicatorDefinition indicator : source.definitions()) {
                for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.JAPANESE, Locale.KOREAN)) {
                    if (messages.getMessage("health.indicator." + indicator.key(), null, null, locale) == null) {
                        missing.add(locale + " health.indicator." + indicator.key());
                    }
                    String one = messages.getMessage("health.quantity." + indicator.unit(), new Object[] {1.0}, null, locale);
                    if (one == null || !one.contains("1")) missing.add(locale + " health.quantity." + indicator.unit());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void anAmberReportIsTheReportedHealthOfTheListHomePageProjectApiAndDashboard() throws Exception {
        // an early finish keeps it among the first 50 of the PM's projects the home page lists, however many
        // projects other tests gave the PM
        long project = activeProjectOfPm(port, people, "Health owned by status", 100_000, "2026-01-30");
        Api pmo = Api.as(port, "pmo");
        String code = pmo.get("/api/v1/projects/" + project).json().get("code").asString();
        assertThat(pmo.get("/api/v1/projects/" + project).json().get("reportedHealth").isNull())
                .as("no report published yet").isTrue();

        publish(project, "AMBER");

        JsonNode heatmapRow = heatmapRow(pmo.get("/api/v1/status/dashboard?portfolioId=1&size=1000").json(), project);
        assertThat(heatmapRow.get("overall").asString()).isEqualTo("AMBER");
        String computed = heatmapRow.get("computed").asString();
        assertThat(computed).isNotBlank();

        JsonNode detail = pmo.get("/api/v1/projects/" + project).json();
        assertThat(detail.get("reportedHealth").asString()).isEqualTo("AMBER");
        assertThat(detail.get("computedHealth").asString()).isEqualTo(computed);

        JsonNode row = pmo.get("/api/v1/projects?text=" + code).json().get("items").get(0);
        assertThat(row.get("reportedHealth").asString()).isEqualTo("AMBER");
        assertThat(row.get("computedHealth").asString()).isEqualTo(computed);
        assertThat(pmo.get("/api/v1/projects?health=AMBER&text=" + code).json().get("total").asLong()).isEqualTo(1);
        assertThat(pmo.get("/api/v1/projects?health=GREEN&text=" + code).json().get("total").asLong()).isZero();

        JsonNode requesterRow = Api.as(port, "requester").get("/api/v1/projects?text=" + code).json().get("items").get(0);
        assertThat(requesterRow.get("reportedHealth").asString()).isEqualTo("AMBER");
        assertThat(requesterRow.get("computedHealth").isNull()).as("requesters do not read computed health").isTrue();

        assertThat(healthCell(page("/", "pm", Locale.ENGLISH), code)).contains("rag-AMBER").contains("Computed health");
        assertThat(healthCell(page("/projects?text=" + code, "pmo", Locale.ENGLISH), code)).contains("rag-AMBER");
        assertThat(page("/projects", "pmo", Locale.FRENCH)).contains("Santé déclarée");
        String projectPage = page("/projects/" + project, "pmo", Locale.ENGLISH);
        assertThat(projectPage).containsPattern("id=\"reported-health\">.*\\s*<span [^>]*rag-AMBER")
                .contains("id=\"computed-health\"");
    }

    @Test
    void aHealthSentWithAChangeIsIgnoredAndAGetSentBackStillSaves() {
        long project = activeProjectOfPm(port, people, "Health not hand edited", 100_000);
        publish(project, "AMBER");
        Api pmo = Api.as(port, "pmo");
        JsonNode view = pmo.get("/api/v1/projects/" + project).json();

        // the view's own fields sent back as a command, with health as a client might echo or hand-edit it
        ObjectNode sentBack = Api.mapper().createObjectNode();
        for (String field : java.util.List.of("code", "name", "description", "businessUnit", "phase", "state",
                "priority", "plannedStart", "plannedFinish", "forecastStart", "forecastFinish", "actualStart",
                "actualFinish", "budget", "currency", "tags", "version", "reportedHealth", "computedHealth")) {
            sentBack.set(field, view.get(field));
        }
        sentBack.put("portfolioId", view.get("portfolio").get("id").asLong());
        sentBack.put("managerId", view.get("manager").get("id").asLong());
        ObjectNode custom = sentBack.putObject("customFields");
        view.get("customFields").forEach(field -> custom.put(field.get("key").asString(), field.get("value").asString()));
        sentBack.put("health", "RED");
        Api.Response changed = pmo.put("/api/v1/projects/" + project, sentBack.toString());

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("reportedHealth").asString()).isEqualTo("AMBER");
        assertThat(pmo.get("/api/v1/projects/" + project).json().get("reportedHealth").asString()).isEqualTo("AMBER");
    }

    @Test
    void publishingLeavesTheProjectsVersionAlone() {
        long project = activeProjectOfPm(port, people, "Health and versions", 100_000);
        long before = Api.as(port, "pmo").get("/api/v1/projects/" + project).json().get("version").asLong();

        publish(project, "RED");

        JsonNode after = Api.as(port, "pmo").get("/api/v1/projects/" + project).json();
        assertThat(after.get("reportedHealth").asString()).isEqualTo("RED");
        assertThat(after.get("version").asLong()).as("an editor's open form is not made stale").isEqualTo(before);
    }

    /** The health cell of the project's row in a page's project table. */
    private static String healthCell(String html, String code) {
        Matcher row = Pattern.compile("<tr>(?:(?!</tr>).)*>" + Pattern.quote(code) + "<(?:(?!</tr>).)*</tr>",
                Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("a row for " + code).isTrue();
        String[] cells = row.group().split("<td");
        return cells[8];
    }

    private static JsonNode heatmapRow(JsonNode dashboard, long project) {
        for (JsonNode row : dashboard.get("heatmap")) {
            if (row.get("id").asLong() == project) return row;
        }
        throw new AssertionError("project " + project + " is not in the heatmap");
    }

    private void publish(long project, String overall) {
        Api pm = Api.as(port, "pm");
        JsonNode draft = pm.post("/api/v1/projects/" + project + "/status-reports", "{}").json();
        long id = draft.get("id").asLong();
        var body = completeReport(overall, draft.get("version").asLong());
        body.put("overall", StatusFixtures.rating(overall, "As reported"));
        JsonNode saved = pm.put("/api/v1/status-reports/" + id, json(body)).json();
        JsonNode submitted = pm.post("/api/v1/status-reports/" + id + "/submit", act(saved.get("version").asLong(), null)).json();
        Api.Response published = Api.as(port, "pmo").post("/api/v1/status-reports/" + id + "/publish",
                act(submitted.get("version").asLong(), null));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
    }
}
