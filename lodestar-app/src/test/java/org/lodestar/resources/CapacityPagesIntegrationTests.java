package org.lodestar.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeFixtures;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * The Resources pages and the capacity views: the pool page (register and retire for resource managers), the role
 * × month heatmap with its drill-down, filters and an intake scenario's what-if, the person × week view, rights and
 * bad periods. The data is made here under a role and business unit of its own, so other tests' data never counts.
 */
class CapacityPagesIntegrationTests extends PageTestSupport {

    @Autowired
    People people;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String role = "Capacity-analyst-" + tag;
    private final String unit = "Unit-" + tag;

    /** A query parameter's value (the role and unit have no spaces: MockMvc encodes its URL template again). */
    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private int status(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andReturn().getResponse().getStatus();
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, Object> allocation(String role, Long person, YearMonth month, Object fte) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("role", role);
        if (person != null) body.put("resourceId", person);
        body.put("month", month.toString());
        body.put("fte", fte);
        return body;
    }

    private JsonNode row(JsonNode heatmap) {
        for (JsonNode row : heatmap.get("rows")) {
            if (row.get("role").asString().equals(role)) return row;
        }
        throw new AssertionError("no row " + role + " in " + heatmap);
    }

    @Test
    void thePagesShowThePoolToItsReadersAndLetResourceManagersRegisterAndRetire() throws Exception {
        assertThat(page("/resources", "resource", Locale.ENGLISH)).contains("id=\"register-resource\"",
                "href=\"/resources\" class=\"active\"");
        assertThat(page("/resources", "pm", Locale.ENGLISH)).contains("id=\"resource-pool\"")
                .doesNotContain("id=\"register-resource\"");
        for (String path : List.of("/resources", "/resources/capacity", "/resources/people")) {
            assertThat(status(path, "resource")).as(path).isEqualTo(200);
            assertThat(status(path, "pm")).as(path).isEqualTo(200);
            assertThat(status(path, "requester")).as(path).isEqualTo(403);
        }
        assertThat(page("/projects", "requester", Locale.ENGLISH)).doesNotContain("href=\"/resources\"");
        assertThat(page("/projects", "pm", Locale.ENGLISH)).contains("href=\"/resources\"");

        MockHttpServletResponse refused = mvc.perform(post("/resources").with(as("resource")).with(csrf())
                .param("kind", "PERSON").param("name", "Typed " + tag).param("fte", "a lot")).andReturn().getResponse();
        assertThat(refused.getContentAsString()).contains("id=\"resources-problems\"", "data-field=\"fte\"",
                "value=\"Typed " + tag + "\"");
        assertThat(mvc.perform(post("/resources").with(as("pm")).with(csrf()).param("kind", "PERSON")
                .param("name", "Not " + tag)).andReturn().getResponse().getStatus()).isEqualTo(403);
        MockHttpServletResponse registered = mvc.perform(post("/resources").with(as("resource")).with(csrf())
                .param("kind", "PERSON").param("name", "Paged " + tag).param("businessUnit", unit)
                .param("roles", role + ", Tester " + tag).param("fte", "0,5")).andReturn().getResponse();
        assertThat(registered.getRedirectedUrl()).isEqualTo("/resources");
        JsonNode paged = null;
        for (JsonNode r : ok(Api.as(port, "resource").get("/api/v1/resources"))) {
            if (r.get("name").asString().equals("Paged " + tag)) paged = r;
        }
        assertThat(paged).isNotNull();
        assertThat(paged.get("dailyHours").asDouble()).isPositive();
        assertThat(paged.get("roles").toString()).contains(role, "Tester " + tag);
        assertThat(page("/resources", "pm", Locale.FRENCH)).contains("Paged " + tag, "Vivier", "Personne");

        assertThat(mvc.perform(post("/resources/" + paged.get("id").asLong() + "/retire").with(as("resource"))
                .with(csrf()).param("version", paged.get("version").asString())).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/resources");
        assertThat(page("/resources", "resource", Locale.ENGLISH)).doesNotContain("Paged " + tag);
    }

    @Test
    void theHeatmapAndThePersonWeeksShowDemandAgainstCapacityWithTheDrillDownAndAScenariosWhatIf() throws Exception {
        Api manager = Api.as(port, "resource");
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("kind", "PERSON");
        person.put("name", "Heat " + tag);
        person.put("businessUnit", unit);
        person.put("roles", List.of(role));
        long heat = created(manager.post("/api/v1/resources", json(person))).get("id").asLong();

        // the coming quarter's first month (the scenario starts there) and the two after it
        LocalDate today = LocalDate.now();
        YearMonth m0 = YearMonth.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1);
        long first = ChangeFixtures.project(port, people, "Heat one " + tag, false);
        long second = ChangeFixtures.project(port, people, "Heat two " + tag, false);
        Api pm = Api.as(port, "pm");
        created(pm.post("/api/v1/projects/" + first + "/allocations", json(allocation(role, null, m0, 1.5))));
        created(pm.post("/api/v1/projects/" + first + "/allocations", json(allocation(role, heat, m0, 0.5))));
        created(manager.post("/api/v1/projects/" + second + "/allocations", json(allocation(role, heat, m0, 1))));

        // the role asks 3 FTE of 1 in the first month, none after
        String period = "from=" + m0 + "&to=" + m0.plusMonths(2);
        JsonNode heatmap = ok(pm.get("/api/v1/capacity/roles?" + period));
        JsonNode cell = row(heatmap).get("cells").get(0);
        assertThat(cell.get("demand").decimalValue()).isEqualByComparingTo("3");
        assertThat(cell.get("capacity").decimalValue()).isEqualByComparingTo("1");
        assertThat(cell.get("utilisation").asInt()).isEqualTo(300);
        assertThat(cell.get("overAllocated").asBoolean()).isTrue();
        assertThat(cell.get("whatIfDemand").isNull()).isTrue();
        assertThat(row(heatmap).get("cells").get(1).get("demand").decimalValue()).isEqualByComparingTo("0");
        // filters: the first project's portfolio asks its 2 FTE; another business unit gives no capacity
        long portfolio = ok(pm.get("/api/v1/projects/" + first)).get("portfolio").get("id").asLong();
        JsonNode ofPortfolio = ok(pm.get("/api/v1/capacity/roles?" + period + "&portfolioId=" + portfolio));
        assertThat(row(ofPortfolio).get("cells").get(0).get("demand").decimalValue()).isEqualByComparingTo("2");
        JsonNode otherUnit = ok(pm.get("/api/v1/capacity/roles?" + period + "&businessUnit=Elsewhere" + tag));
        assertThat(row(otherUnit).get("cells").get(0).get("capacity").decimalValue()).isEqualByComparingTo("0");

        // the page: hours of the month, the utilisation and the "Over" marker, and a link to the drill-down
        String page = page("/resources/capacity?" + period + "&businessUnit="
                + encoded(unit), "resource", Locale.ENGLISH);
        double hours = heatmap.get("fullTimeHours").get(0).asDouble();
        assertThat(page).contains("data-role=\"" + role + "\"", "300%", "class=\"over-marker\">Over<",
                "/resources/capacity/causes?role=")
                .contains(java.text.NumberFormat.getNumberInstance(Locale.ENGLISH).format(3 * hours) + " / ")
                .doesNotContain("id=\"filter-scenario\"");   // resource managers do not read intake's scenarios
        assertThat(page("/resources/capacity?" + period, "pm", Locale.JAPANESE)).contains("ロール別・月別キャパシティ", "超過");
        String causes = page("/resources/capacity/causes?role=" + encoded(role)
                + "&month=" + m0, "pm", Locale.ENGLISH);
        assertThat(causes).contains("Heat one " + tag, "Heat two " + tag);
        assertThat(causes.indexOf("Heat one " + tag)).isLessThan(causes.indexOf("Heat two " + tag));

        // the what-if: a request in evaluation asking the role 1 FTE in its first quarter, selected by a scenario
        addRequestInEvaluation();
        JsonNode scenario = created(Api.as(port, "pmo").post("/api/v1/scenarios", """
                {"name": "What if %s", "objective": "NPV", "firstQuarter": "%s", "quarters": 4, "timeLimitSeconds": 2}
                """.formatted(tag, m0.atDay(1))));
        JsonNode whatIf = ok(Api.as(port, "pmo").get("/api/v1/capacity/roles?" + period + "&scenarioId="
                + scenario.get("id").asLong()));
        assertThat(whatIf.get("whatIf").get("ready").asBoolean()).isTrue();
        JsonNode with = row(whatIf).get("cells");
        assertThat(with.get(0).get("demand").decimalValue()).isEqualByComparingTo("3");
        assertThat(with.get(0).get("whatIfDemand").decimalValue()).isEqualByComparingTo("4");
        assertThat(with.get(0).get("whatIfUtilisation").asInt()).isEqualTo(400);
        assertThat(with.get(2).get("demand").decimalValue()).isEqualByComparingTo("0");
        assertThat(with.get(2).get("whatIfDemand").decimalValue()).isEqualByComparingTo("1");
        assertThat(with.get(2).get("whatIfUtilisation").asInt()).isEqualTo(100);
        assertThat(with.get(2).get("whatIfOverAllocated").asBoolean()).isFalse();
        assertThat(page("/resources/capacity?" + period + "&scenarioId=" + scenario.get("id").asLong(), "pmo",
                Locale.ENGLISH)).contains("id=\"what-if\"", "What if " + tag, "with scenario:", "400%");
        // the scenario's readers only: a resource manager asking for it is refused
        assertThat(manager.get("/api/v1/capacity/roles?" + period + "&scenarioId=" + scenario.get("id").asLong())
                .status()).isEqualTo(403);

        // person × week: a week of the first month asks 1.5 FTE of the person's 1 FTE
        LocalDate monday = m0.atDay(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        JsonNode weeks = ok(pm.get("/api/v1/capacity/people?from=" + monday + "&to=" + monday.plusWeeks(5)
                + "&businessUnit=" + encoded(unit)));
        assertThat(weeks.get("weeks").get(0).asString()).isEqualTo(monday.toString());
        assertThat(weeks.get("rows")).hasSize(1);
        JsonNode week = weeks.get("rows").get(0).get("cells").get(0);
        double capacity = week.get("capacityHours").asDouble();
        assertThat(capacity).isPositive();
        assertThat(week.get("demandHours").asDouble()).isEqualTo(capacity * 1.5);
        assertThat(week.get("utilisation").asInt()).isEqualTo(150);
        assertThat(week.get("overAllocated").asBoolean()).isTrue();
        JsonNode later = weeks.get("rows").get(0).get("cells").get(5);   // five weeks on: in the next month
        assertThat(later.get("demandHours").asDouble()).isZero();
        assertThat(page("/resources/people?from=" + monday + "&businessUnit="
                + encoded(unit), "pm", Locale.KOREAN))
                .contains("Heat " + tag, "150%", "인원별 주간");

        // bad periods name "to"; requesters are refused
        assertThat(fields(pm.get("/api/v1/capacity/people?from=2027-02-01&to=2027-01-31"))).containsExactly("to");
        assertThat(fields(pm.get("/api/v1/capacity/people?from=2027-01-01&to=2030-01-01"))).containsExactly("to");
        assertThat(fields(pm.get("/api/v1/capacity/roles?from=2027-03&to=2027-01"))).containsExactly("to");
        assertThat(fields(pm.get("/api/v1/capacity/roles?from=2027-01&to=2030-01"))).containsExactly("to");
        assertThat(ok(pm.get("/api/v1/capacity/roles?from=2027-01&to=2029-12")).get("months")).hasSize(36);
        assertThat(page("/resources/capacity?from=2027-03&to=2027-01", "pm", Locale.ENGLISH))
                .contains("id=\"resources-problems\"", "data-field=\"to\"");
        assertThat(Api.as(port, "requester").get("/api/v1/capacity/people").status()).isEqualTo(403);
    }

    /** The person × week page shows a hundred people at a time, keeping its filters from page to page. */
    @Test
    void thePersonWeekPageShowsAHundredPeopleAPage() throws Exception {
        Api manager = Api.as(port, "resource");
        String paging = "Paging-" + tag;
        for (int i = 1; i <= 101; i++) {
            created(manager.post("/api/v1/resources", json(Map.of("kind", "PERSON", "name",
                    "Person %03d %s".formatted(i, tag), "businessUnit", paging))));
        }
        String path = "/resources/people?businessUnit=" + encoded(paging);
        String first = page(path, "pm", Locale.ENGLISH);
        assertThat(first.split("data-resource=", -1)).as("100 rows").hasSize(101);
        assertThat(first).contains("People 1–100 of 101", "Person 100 " + tag, "Page 1 of 2",
                "href=\"/resources/people?businessUnit=Paging-" + tag + "&amp;page=1\"").doesNotContain("Person 101");
        String second = page(path + "&page=1", "pm", Locale.ENGLISH);
        assertThat(second.split("data-resource=", -1)).as("1 row").hasSize(2);
        assertThat(second).contains("People 101–101 of 101", "Person 101 " + tag, "rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
        assertThat(page(path + "&page=9", "pm", Locale.ENGLISH)).as("past the end: the last page")
                .contains("People 101–101 of 101");
        assertThat(ok(manager.get("/api/v1/capacity/people?businessUnit=" + encoded(paging))).get("rows"))
                .as("the API is not paged").hasSize(101);
    }

    private void addRequestInEvaluation() {
        Api requester = Api.as(port, "requester");
        Api pmo = Api.as(port, "pmo");
        JsonNode request = created(requester.post("/api/v1/requests", """
                {"typeId": 1, "title": "What if %s", "portfolioId": 1, "category": "Digital",
                 "values": {"problem": "A problem", "outcome": "An outcome", "urgency": "intake.default.choice.medium"}}
                """.formatted(tag)));
        long id = request.get("id").asLong();
        request = ok(requester.put("/api/v1/requests/" + id + "/financials", """
                {"discountRatePercent": 8, "quarters": [{"cost": 1000, "benefit": 0}, {"cost": 0, "benefit": 900000}],
                 "demands": [{"role": "%s", "quarter": 0, "fte": 1}], "version": %d}
                """.formatted(role, request.get("version").asLong())));
        request = ok(requester.post("/api/v1/requests/" + id + "/submit", version(request)));
        request = ok(pmo.post("/api/v1/requests/" + id + "/screen", version(request)));
        ok(pmo.post("/api/v1/requests/" + id + "/evaluate", version(request)));
    }

    private static String version(JsonNode request) {
        return "{\"version\": " + request.get("version").asLong() + "}";
    }
}
