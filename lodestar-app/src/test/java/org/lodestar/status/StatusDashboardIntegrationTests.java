package org.lodestar.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.status.StatusFixtures.act;
import static org.lodestar.status.StatusFixtures.activeProjectOfPm;
import static org.lodestar.status.StatusFixtures.completeReport;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class StatusDashboardIntegrationTests extends PageTestSupport {

    @Autowired
    People people;

    @Test
    void theDashboardDataShowsAGreenReportTheDataContradicts() {
        long project = activeProjectOfPm(port, people, "Dashboard contradiction", 100_000);
        publish(project, "GREEN", 95_000, 20);

        JsonNode dashboard = Api.as(port, "exec").get("/api/v1/status/dashboard?portfolioId=1&sort=code&size=1000").json();

        JsonNode row = null;
        for (JsonNode candidate : dashboard.get("heatmap")) {
            if (candidate.get("id").asLong() == project) row = candidate;
        }
        assertThat(row).as("the project is in its portfolio's heatmap").isNotNull();
        assertThat(row.get("overall").asString()).isEqualTo("GREEN");
        assertThat(row.get("computed").asString()).isEqualTo("RED");
        assertThat(row.get("discrepancy").asBoolean()).isTrue();
        assertThat(dashboard.get("discrepancies").asInt()).isPositive();
        assertThat(dashboard.get("trend")).hasSize(StatusDashboard.TREND_WEEKS);
        assertThat(dashboard.get("totals").get(0).get("currency").asString()).isEqualTo("EUR");
        assertThat(dashboard.get("byState").get("ACTIVE").asInt()).isPositive();
        assertThat(dashboard.get("rollup").get("rule").asString()).isEqualTo("WORST");
    }

    /** A published report counts once in the trend: in the week its period ends, by its overall rating. */
    @Test
    void aPublishedReportCountsInTheWeekItsPeriodEnds() {
        long project = activeProjectOfPm(port, people, "Dashboard trend", 100_000);
        Api pmo = Api.as(port, "pmo");
        JsonNode before = pmo.get("/api/v1/status/dashboard?size=1").json();
        java.time.LocalDate periodEnd = java.time.LocalDate.parse(before.get("today").asString()).minusWeeks(3);
        Api pm = Api.as(port, "pm");
        JsonNode draft = pm.post("/api/v1/projects/" + project + "/status-reports",
                "{\"periodEnd\":\"" + periodEnd + "\"}").json();
        JsonNode saved = pm.put("/api/v1/status-reports/" + draft.get("id").asLong(),
                json(completeReport("AMBER", draft.get("version").asLong()))).json();
        JsonNode submitted = pm.post("/api/v1/status-reports/" + saved.get("id").asLong() + "/submit",
                act(saved.get("version").asLong(), null)).json();
        assertThat(pmo.post("/api/v1/status-reports/" + saved.get("id").asLong() + "/publish",
                act(submitted.get("version").asLong(), null)).status()).isEqualTo(200);
        JsonNode after = pmo.get("/api/v1/status/dashboard?size=1").json();

        int counted = 0;
        for (int week = 0; week < StatusDashboard.TREND_WEEKS; week++) {
            JsonNode was = before.get("trend").get(week);
            JsonNode is = after.get("trend").get(week);
            java.time.LocalDate monday = java.time.LocalDate.parse(is.get("week").asString());
            int expected = !periodEnd.isBefore(monday) && periodEnd.isBefore(monday.plusWeeks(1)) ? 1 : 0;
            assertThat(is.get("amber").asInt() - was.get("amber").asInt()).as("week of " + monday).isEqualTo(expected);
            assertThat(is.get("green").asInt()).isEqualTo(was.get("green").asInt());
            assertThat(is.get("red").asInt()).isEqualTo(was.get("red").asInt());
            counted += expected;
        }
        assertThat(counted).isEqualTo(1);
    }

    @Test
    void theHeatmapSortsWorstFirstAndByCode() {
        long project = activeProjectOfPm(port, people, "Dashboard red", 100_000);
        publishRed(project);
        JsonNode worstFirst = Api.as(port, "pmo").get("/api/v1/status/dashboard?sort=overall").json().get("heatmap");
        JsonNode byCode = Api.as(port, "pmo").get("/api/v1/status/dashboard?sort=code&descending=false").json()
                .get("heatmap");

        assertThat(byCode.get(0).get("code").asString().compareTo(byCode.get(1).get("code").asString())).isNegative();
        assertThat(worstFirst.get(0).get("overall").asString()).isEqualTo("RED");
        int previous = 3;
        for (JsonNode row : worstFirst) {
            int severity = row.get("overall").isNull() ? -1 : java.util.List.of("GREEN", "AMBER", "RED")
                    .indexOf(row.get("overall").asString());
            assertThat(severity).as("worst first, unrated last").isLessThanOrEqualTo(previous);
            previous = severity;
        }
    }

    /** The rows come a page at a time, in the order of the whole list; counts and roll-ups stay those of all rows. */
    @Test
    void theHeatmapIsPagedAndEverythingElseCountsEveryRow() {
        publishRed(activeProjectOfPm(port, people, "Dashboard paged", 100_000));
        activeProjectOfPm(port, people, "Dashboard paged 2", 100_000);
        Api pmo = Api.as(port, "pmo");
        JsonNode whole = pmo.get("/api/v1/status/dashboard?sort=computed&size=1000").json();
        int rows = whole.get("heatmapPage").get("rows").asInt();
        assertThat(rows).isEqualTo(whole.get("heatmap").size()).isGreaterThan(2);

        java.util.List<String> paged = new java.util.ArrayList<>();
        int size = (rows + 2) / 3; // three pages, the last one shorter or equal
        for (int page = 0; page < 3; page++) {
            JsonNode view = pmo.get("/api/v1/status/dashboard?sort=computed&size=" + size + "&page=" + page).json();
            assertThat(view.get("heatmapPage").get("pages").asInt()).isEqualTo(3);
            assertThat(view.get("heatmapPage").get("rows").asInt()).isEqualTo(rows);
            for (String aggregate : new String[] {"projects", "byState", "rollup", "programmes", "discrepancies", "totals",
                    "trend", "missing", "topRisks"}) {
                assertThat(view.get(aggregate)).as(aggregate + " of page " + page).isEqualTo(whole.get(aggregate));
            }
            view.get("heatmap").forEach(row -> paged.add(row.get("code").asString()));
        }
        java.util.List<String> all = new java.util.ArrayList<>();
        whole.get("heatmap").forEach(row -> all.add(row.get("code").asString()));
        assertThat(paged).isEqualTo(all);

        JsonNode first = pmo.get("/api/v1/status/dashboard").json();
        assertThat(first.get("heatmap").size()).isEqualTo(Math.min(rows, 50));
        assertThat(first.get("heatmapPage").get("size").asInt()).isEqualTo(50);
        assertThat(pmo.get("/api/v1/status/dashboard?page=" + rows).json().get("heatmap")).isEmpty();
        for (String bad : new String[] {"size=0", "size=1001", "page=-1"}) {
            Api.Response refused = pmo.get("/api/v1/status/dashboard?" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("\"field\":\"" + bad.substring(0, bad.indexOf('=')) + "\"");
        }
    }

    @Test
    void theDashboardPagePagesTheHeatmap() throws Exception {
        activeProjectOfPm(port, people, "Dashboard page two", 100_000);
        int rows = Api.as(port, "pmo").get("/api/v1/status/dashboard?size=1").json().get("heatmapPage").get("rows")
                .asInt();
        String second = page("/status?sort=code&descending=false&page=1", "pmo", Locale.ENGLISH);
        if (rows > 50) {
            assertThat(second).contains("Projects 51–" + Math.min(rows, 100), "rel=\"prev\"",
                    "/status?sort=code&amp;descending=false&amp;rule=WORST&amp;page=0");
        } else {
            assertThat(second).doesNotContain("rel=\"prev\"");
        }
    }

    /** Top risks: the ten worst rated amber or red, worst first, then the bigger budget, then by code. */
    @Test
    void theTopRisksAreTheTenWorstAndProgrammesRollUpInNameOrder() {
        publishRed(activeProjectOfPm(port, people, "Dashboard risky", 250_000));
        JsonNode whole = Api.as(port, "pmo").get("/api/v1/status/dashboard?size=1000").json();

        java.util.List<JsonNode> risky = new java.util.ArrayList<>();
        whole.get("heatmap").forEach(row -> {
            if (java.util.Set.of("RED", "AMBER").contains(row.get("risks").asString(""))) risky.add(row);
        });
        risky.sort(java.util.Comparator.comparing((JsonNode row) -> row.get("risks").asString().equals("RED") ? 0 : 1)
                .thenComparing(row -> row.get("budget").isNull() ? null : row.get("budget").decimalValue(),
                        java.util.Comparator.nullsLast(java.util.Comparator.<java.math.BigDecimal>reverseOrder()))
                .thenComparing(row -> row.get("code").asString()));
        java.util.List<String> expected = risky.stream().limit(10).map(row -> row.get("code").asString()).toList();
        java.util.List<String> top = new java.util.ArrayList<>();
        whole.get("topRisks").forEach(risk -> top.add(risk.get("code").asString()));
        assertThat(expected).isNotEmpty();
        assertThat(top).isEqualTo(expected);

        java.util.List<String> names = new java.util.ArrayList<>();
        int projects = 0;
        for (JsonNode group : whole.get("programmes")) {
            names.add(group.get("name").isNull() ? null : group.get("name").asString());
            projects += group.get("projects").asInt();
        }
        assertThat(names).isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        assertThat(projects).as("every row in one group").isEqualTo(whole.get("heatmap").size());
    }

    @Test
    void theWeightedRuleRollsUpByBudgetAndAnUnknownRuleIsRefused() {
        JsonNode weighted = Api.as(port, "pmo").get("/api/v1/status/dashboard?rule=WEIGHTED").json().get("rollup");
        assertThat(weighted.get("rule").asString()).isEqualTo("WEIGHTED");
        assertThat(weighted.get("value").asString()).isEqualTo(weighted.get("weighted").asString());

        assertThat(Api.as(port, "pmo").get("/api/v1/status/dashboard?rule=MEDIAN").status()).isEqualTo(400);
        assertThat(Api.as(port, "requester").get("/api/v1/status/dashboard").status()).isEqualTo(403);
    }

    @Test
    void theDashboardPageRendersItsChartsWithoutInlineScriptInEveryLanguage() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.JAPANESE, Locale.KOREAN}) {
            String html = page("/status?sort=computed", "pmo", locale);
            assertThat(html).contains("id=\"heatmap\"", "data-chart=\"trend\"", "/js/status-dashboard.js");
            assertThat(html).doesNotContain("??");
            assertThat(html.replaceAll("<script[^>]*src=[^>]*></script>", "")).doesNotContain("<script");
        }
        assertThat(mvc.perform(get("/status").with(as("requester"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void everyStatusPageRendersInEveryLanguage() throws Exception {
        long project = activeProjectOfPm(port, people, "Dashboard pages", 100_000);
        long report = publish(project, "AMBER", 10_000, 10);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.JAPANESE, Locale.KOREAN}) {
            for (String path : new String[] {"/projects/" + project + "/status", "/status/reports/" + report,
                    "/status/cycles", "/status/cycles/new", "/notifications"}) {
                var response = mvc.perform(get(path).with(as("pmo")).locale(locale)).andReturn().getResponse();
                assertThat(response.getStatus()).as(path).isEqualTo(200);
                assertThat(response.getContentAsString()).as(path + " " + locale).doesNotContain("??");
            }
        }
    }

    @Test
    void thePmoChangesThresholdsOnTheCyclesPageAndAMistakeIsShownBesideIt() throws Exception {
        JsonNode current = null;
        for (JsonNode threshold : Api.as(port, "pmo").get("/api/v1/status/thresholds").json()) {
            if (threshold.get("indicator").asString().equals("status.daysSinceReport")) current = threshold;
        }
        String version = Long.toString(current.get("version").asLong());

        var refused = mvc.perform(post("/status/thresholds/status.daysSinceReport").with(as("pmo")).with(csrf())
                .param("amberAt", "30").param("redAt", "20").param("version", version)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("class=\"field-error\"", "cannot be below");

        var saved = mvc.perform(post("/status/thresholds/status.daysSinceReport").with(as("pmo")).with(csrf())
                .param("amberAt", current.get("amberAt").asString()).param("redAt", current.get("redAt").asString())
                .param("version", version)).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/status/cycles");
        assertThat(mvc.perform(post("/status/thresholds/status.daysSinceReport").with(as("pm")).with(csrf())
                .param("amberAt", "1").param("redAt", "2").param("version", "0")).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    private void publishRed(long project) {
        Api pm = Api.as(port, "pm");
        JsonNode draft = pm.post("/api/v1/projects/" + project + "/status-reports", "{}").json();
        long id = draft.get("id").asLong();
        Map<String, Object> body = completeReport("RED", draft.get("version").asLong());
        body.put("overall", StatusFixtures.rating("RED", "Supplier failed"));
        JsonNode saved = pm.put("/api/v1/status-reports/" + id, json(body)).json();
        JsonNode submitted = pm.post("/api/v1/status-reports/" + id + "/submit", act(saved.get("version").asLong(), null)).json();
        Api.as(port, "pmo").post("/api/v1/status-reports/" + id + "/publish", act(submitted.get("version").asLong(), null));
    }

    private long publish(long project, String overall, long actualCost, int percentComplete) {
        Api pm = Api.as(port, "pm");
        JsonNode draft = pm.post("/api/v1/projects/" + project + "/status-reports", "{}").json();
        long id = draft.get("id").asLong();
        Map<String, Object> body = completeReport(overall, draft.get("version").asLong());
        body.put("overall", StatusFixtures.rating(overall, "As reported"));
        body.put("actualCost", actualCost);
        body.put("percentComplete", percentComplete);
        JsonNode saved = pm.put("/api/v1/status-reports/" + id, json(body)).json();
        JsonNode submitted = pm.post("/api/v1/status-reports/" + id + "/submit", act(saved.get("version").asLong(), null)).json();
        Api.Response published = Api.as(port, "pmo").post("/api/v1/status-reports/" + id + "/publish",
                act(submitted.get("version").asLong(), null));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }
}
