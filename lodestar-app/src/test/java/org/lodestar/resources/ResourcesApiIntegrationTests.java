package org.lodestar.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeFixtures;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.NewPerson;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Role;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The resources module through its API: the pool's and allocations' acts and refusals per role, bad input, and the
 * role × month heatmap's figures on data made here (a role of its own, so that no other test's data counts).
 */
class ResourcesApiIntegrationTests extends PageTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    ResourcePool pool;

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static String versioned(JsonNode record, Map<String, Object> body) {
        Map<String, Object> withVersion = new LinkedHashMap<>(body);
        withVersion.put("version", record.get("version").asLong());
        return json(withVersion);
    }

    private Person newPerson() {
        String name = "res" + UUID.randomUUID().toString().substring(0, 8);
        return people.create(new NewPerson(name, "Pool " + name, null, "Analyst", "Finance", Set.of(Role.TEAM_MEMBER),
                null));
    }

    @Test
    void theResourceManagerKeepsThePoolAndEveryoneButRequestersReadsIt() {
        Person person = newPerson();
        Api manager = Api.as(port, "resource");
        Map<String, Object> ada = new LinkedHashMap<>();
        ada.put("kind", "PERSON");
        ada.put("name", "Ada Pool");
        ada.put("userId", person.id().value());
        ada.put("businessUnit", "Finance");
        ada.put("roles", List.of("Business analyst", "Tester"));
        ada.put("skills", List.of(Map.of("name", "SQL", "level", 4)));
        ada.put("fte", 0.5);
        Api.Response registered = manager.post("/api/v1/resources", json(ada));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonNode resource = registered.json();
        long id = resource.get("id").asLong();
        assertThat(resource.get("username").asString()).isEqualTo(person.username());
        assertThat(resource.get("dailyHours").asDouble()).isEqualTo(4.0);
        assertThat(resource.get("roles").toString()).contains("Business analyst", "Tester");
        assertThat(resource.get("editable").asBoolean()).isTrue();

        // the same account cannot be linked twice
        assertThat(fields(manager.post("/api/v1/resources", json(ada)))).contains("userId");

        JsonNode rated = manager.post("/api/v1/resources/" + id + "/rates", versioned(resource,
                Map.of("effectiveFrom", "2026-01-01", "amount", 80, "currency", "EUR"))).json();
        rated = manager.post("/api/v1/resources/" + id + "/rates", versioned(rated,
                Map.of("effectiveFrom", "2026-07-01", "amount", 92.5, "currency", "EUR"))).json();
        assertThat(pool.hourlyRate(person.id(), LocalDate.of(2026, 6, 30)).orElseThrow().amount())
                .isEqualByComparingTo("80");
        assertThat(pool.hourlyRate(person.id(), LocalDate.of(2026, 7, 1)).orElseThrow().amount())
                .isEqualByComparingTo("92.5");
        assertThat(pool.hourlyRate(person.id(), LocalDate.of(2025, 12, 31))).isEmpty();

        JsonNode full = manager.post("/api/v1/resources/" + id + "/capacity", versioned(rated,
                Map.of("fte", 1))).json();
        assertThat(full.get("dailyHours").asDouble()).isEqualTo(8.0);
        // Monday 2 to Friday 13 March 2026, less Thursday 5 and Friday 6 off: 8 days of 8 hours
        JsonNode absent = manager.post("/api/v1/resources/" + id + "/absences", versioned(full,
                Map.of("firstDay", "2026-03-05", "lastDay", "2026-03-06", "reason", "Leave"))).json();
        assertThat(pool.capacityHours(id, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13))).isEqualTo(64);
        // overlapping days, a last day before the first
        assertThat(fields(manager.post("/api/v1/resources/" + id + "/absences", versioned(absent,
                Map.of("firstDay", "2026-03-06", "lastDay", "2026-03-09"))))).containsExactly("firstDay");
        assertThat(fields(manager.post("/api/v1/resources/" + id + "/absences", versioned(absent,
                Map.of("firstDay", "2026-03-20", "lastDay", "2026-03-19"))))).containsExactly("lastDay");
        // a stale version
        assertThat(manager.post("/api/v1/resources/" + id + "/capacity", versioned(resource,
                Map.of("fte", 1))).status()).isEqualTo(409);

        // the PMO keeps the pool as well; project managers and team members read it; requesters do not
        assertThat(Api.as(port, "pmo").get("/api/v1/resources/" + id).status()).isEqualTo(200);
        JsonNode read = Api.as(port, "member").get("/api/v1/resources/" + id).json();
        assertThat(read.get("editable").asBoolean()).isFalse();
        assertThat(Api.as(port, "requester").get("/api/v1/resources").status()).isEqualTo(403);
        assertThat(Api.as(port, "pm").post("/api/v1/resources", json(ada)).status()).isEqualTo(403);
        assertThat(Api.as(port, "member").post("/api/v1/resources/" + id + "/rates", versioned(absent,
                Map.of("effectiveFrom", "2026-01-01", "amount", 1, "currency", "EUR"))).status()).isEqualTo(403);

        JsonNode retired = manager.post("/api/v1/resources/" + id + "/retire", versioned(absent, Map.of())).json();
        assertThat(retired.get("retired").asBoolean()).isTrue();
        assertThat(manager.get("/api/v1/resources").body()).doesNotContain("\"Ada Pool\"");
        assertThat(manager.get("/api/v1/resources?retired=true").body()).contains("\"Ada Pool\"");
        Api.Response again = manager.post("/api/v1/resources/" + id + "/capacity", versioned(retired,
                Map.of("fte", 1)));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void badInputToThePoolIsRefusedNamingTheField() {
        Api manager = Api.as(port, "resource");
        assertThat(fields(manager.post("/api/v1/resources", json(Map.of("name", "No kind")))))
                .containsExactly("kind");
        assertThat(fields(manager.post("/api/v1/resources", json(Map.of("kind", "PERSON", "name", "Both",
                "hoursPerDay", 6, "fte", 1))))).containsExactly("fte");
        assertThat(fields(manager.post("/api/v1/resources", json(Map.of("kind", "PERSON", "name", "Negative",
                "fte", -1))))).containsExactly("fte");
        assertThat(fields(manager.post("/api/v1/resources", json(Map.of("kind", "PERSON", "name", "Long day",
                "hoursPerDay", 25))))).containsExactly("hoursPerDay");
        assertThat(fields(manager.post("/api/v1/resources", json(Map.of("kind", "MATERIAL", "name", "Linked",
                "userId", newPerson().id().value()))))).containsExactly("userId");
        assertThat(fields(manager.post("/api/v1/resources", json(Map.of("kind", "PERSON", "name", "Skilled",
                "skills", List.of(Map.of("name", "SQL", "level", 6))))))).containsExactly("skills[0].level");
        JsonNode laptops = manager.post("/api/v1/resources", json(Map.of("kind", "MATERIAL", "name", "Laptops")))
                .json();
        assertThat(laptops.get("dailyHours").asDouble()).isZero();
        assertThat(fields(manager.post("/api/v1/resources/" + laptops.get("id").asLong() + "/rates",
                versioned(laptops, Map.of("effectiveFrom", "2026-01-01", "amount", -5, "currency", "eur")))))
                .containsExactlyInAnyOrder("amount", "currency");
    }

    private static Map<String, Object> allocation(String role, String month, Object fte) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("role", role);
        body.put("month", month);
        body.put("fte", fte);
        return body;
    }

    /** A role is known while an active person fills it or an active generic role bears its name. */
    @Test
    void anAllocationAsksForARoleThatAnActivePersonFillsOrAnActiveGenericRoleNames() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api manager = Api.as(port, "resource");
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("kind", "PERSON");
        person.put("name", "Known " + tag);
        person.put("roles", List.of("Filled " + tag));
        JsonNode filler = manager.post("/api/v1/resources", json(person)).json();
        JsonNode generic = manager.post("/api/v1/resources", json(Map.of("kind", "ROLE", "name", "Generic " + tag)))
                .json();
        long project = ChangeFixtures.project(port, people, "Known roles " + tag, false);
        String path = "/api/v1/projects/" + project + "/allocations";
        Api pm = Api.as(port, "pm");

        Api.Response filled = pm.post(path, json(allocation("Filled " + tag, "2026-05", 1)));
        assertThat(filled.status()).as(filled.body()).isEqualTo(201);
        assertThat(pm.post(path, json(allocation("Generic " + tag, "2026-05", 1))).status()).isEqualTo(201);
        assertThat(fields(pm.post(path, json(allocation("Known " + tag, "2026-05", 1)))))
                .as("a person's name is not a role").containsExactly("role");

        manager.post("/api/v1/resources/" + filler.get("id").asLong() + "/retire", versioned(filler, Map.of()));
        manager.post("/api/v1/resources/" + generic.get("id").asLong() + "/retire", versioned(generic, Map.of()));
        assertThat(fields(pm.post(path, json(allocation("Filled " + tag, "2026-06", 1))))).containsExactly("role");
        assertThat(fields(pm.post(path, json(allocation("Generic " + tag, "2026-06", 1))))).containsExactly("role");
        assertThat(pm.get(path).json().size()).as("what was allocated stays").isEqualTo(2);
    }

    @Test
    void allocationsAreWrittenByTheProjectsEditorsAndResourceManagersAndFeedTheHeatmap() {
        String role = "Analyst " + UUID.randomUUID().toString().substring(0, 8);
        Api manager = Api.as(port, "resource");
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("kind", "PERSON");
        person.put("name", "Full " + role);
        person.put("roles", List.of(role));
        JsonNode full = manager.post("/api/v1/resources", json(person)).json();
        person.put("name", "Away " + role);
        JsonNode away = manager.post("/api/v1/resources", json(person)).json();
        manager.post("/api/v1/resources/" + away.get("id").asLong() + "/absences", versioned(away,
                Map.of("firstDay", "2026-03-01", "lastDay", "2026-03-31")));

        long first = ChangeFixtures.project(port, people, "Heatmap one", false);
        long second = ChangeFixtures.project(port, people, "Heatmap two", false);
        Api pm = Api.as(port, "pm");
        Api.Response allocated = pm.post("/api/v1/projects/" + first + "/allocations",
                json(allocation(role, "2026-03", 1.5)));
        assertThat(allocated.status()).as(allocated.body()).isEqualTo(201);
        assertThat(allocated.json().get("booking").asString()).isEqualTo("SOFT");
        JsonNode byManager = manager.post("/api/v1/projects/" + second + "/allocations",
                json(allocation(role, "2026-03", 0.5))).json();
        assertThat(byManager.get("fte").decimalValue()).isEqualByComparingTo("0.5");

        // the project's readers read, others do not write; requesters do not read
        assertThat(Api.as(port, "member").get("/api/v1/projects/" + first + "/allocations").json().size())
                .isEqualTo(1);
        assertThat(Api.as(port, "exec").post("/api/v1/projects/" + first + "/allocations",
                json(allocation(role, "2026-03", 1))).status()).isEqualTo(403);
        assertThat(Api.as(port, "requester").get("/api/v1/projects/" + first + "/allocations").status())
                .isEqualTo(403);
        assertThat(Api.as(port, "requester").get("/api/v1/capacity/roles?from=2026-03&to=2026-04").status())
                .isEqualTo(403);

        // bad input: negative FTE, FTE above 10, an unknown role, a month that is not YYYY-MM
        String path = "/api/v1/projects/" + first + "/allocations";
        assertThat(fields(pm.post(path, json(allocation(role, "2026-03", -1))))).containsExactly("fte");
        assertThat(fields(pm.post(path, json(allocation(role, "2026-03", 11))))).containsExactly("fte");
        assertThat(fields(pm.post(path, json(allocation("Astronaut " + role, "2026-03", 1)))))
                .containsExactly("role");
        assertThat(fields(pm.post(path, json(allocation(role, "2026-13", 1))))).containsExactly("month");
        assertThat(fields(pm.post(path, json(allocation(role, "03-2026", 1))))).containsExactly("month");

        // March: 2 FTE asked of 1 FTE (the other person is away all month); April: 2 FTE free
        JsonNode heatmap = pm.get("/api/v1/capacity/roles?from=2026-03&to=2026-04").json();
        JsonNode row = null;
        for (JsonNode candidate : heatmap.get("rows")) {
            if (candidate.get("role").asString().equals(role)) row = candidate;
        }
        assertThat(row).as(heatmap.toString()).isNotNull();
        JsonNode march = row.get("cells").get(0);
        assertThat(march.get("month").asString()).isEqualTo("2026-03");
        assertThat(march.get("demand").decimalValue()).isEqualByComparingTo("2");
        assertThat(march.get("capacity").decimalValue()).isEqualByComparingTo("1");
        assertThat(march.get("utilisation").asInt()).isEqualTo(200);
        assertThat(march.get("overAllocated").asBoolean()).isTrue();
        JsonNode april = row.get("cells").get(1);
        assertThat(april.get("demand").decimalValue()).isEqualByComparingTo("0");
        assertThat(april.get("capacity").decimalValue()).isEqualByComparingTo("2");
        assertThat(april.get("utilisation").asInt()).isZero();
        assertThat(april.get("overAllocated").asBoolean()).isFalse();

        // the drill-down names the projects behind the cell, largest first
        JsonNode causes = pm.get("/api/v1/capacity/roles/causes?role=" + java.net.URLEncoder.encode(role,
                java.nio.charset.StandardCharsets.UTF_8) + "&month=2026-03").json();
        assertThat(causes.size()).isEqualTo(2);
        assertThat(causes.get(0).get("projectId").asLong()).isEqualTo(first);
        assertThat(causes.get(0).get("fte").decimalValue()).isEqualByComparingTo("1.5");

        // a named person replaces the role allocation, once
        JsonNode staffed = manager.post("/api/v1/allocations/" + byManager.get("id").asLong() + "/staff",
                versioned(byManager, Map.of("resourceId", full.get("id").asLong()))).json();
        assertThat(staffed.get("resourceName").asString()).isEqualTo("Full " + role);
        assertThat(staffed.get("role").asString()).isEqualTo(role);
        assertThat(manager.post("/api/v1/allocations/" + byManager.get("id").asLong() + "/staff",
                versioned(staffed, Map.of("resourceId", away.get("id").asLong()))).status()).isEqualTo(409);
    }

    /**
     * Role × month counts task assignments: where a project's plan assigns the role in a month, its assignments'
     * remaining work replaces its allocation of the role that month (as person × week does by week), and the
     * drill-down names the tasks. Two weeks of one person full time is 80 hours of the month's full-time hours.
     */
    @Test
    void roleByMonthCountsAPlansAssignmentsInPlaceOfItsAllocationAndDrillsDownToTheTasks() throws Exception {
        String role = "Planner " + UUID.randomUUID().toString().substring(0, 8);
        Api manager = Api.as(port, "resource");
        Api pmo = Api.as(port, "pmo");
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("kind", "PERSON");
        person.put("name", "Assigned " + role);
        person.put("roles", List.of(role));
        long assignee = manager.post("/api/v1/resources", json(person)).json().get("id").asLong();
        java.time.YearMonth month = java.time.YearMonth.now().plusMonths(3);
        java.time.LocalDate monday = month.atDay(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(
                java.time.DayOfWeek.MONDAY));

        long planned = ChangeFixtures.project(port, people, "Role month planned", false);
        long allocatedOnly = ChangeFixtures.project(port, people, "Role month allocated", false);
        assertThat(manager.post("/api/v1/projects/" + planned + "/allocations",
                json(allocation(role, month.toString(), 1))).status()).isEqualTo(201);
        assertThat(manager.post("/api/v1/projects/" + allocatedOnly + "/allocations",
                json(allocation(role, month.toString(), 0.25))).status()).isEqualTo(201);
        Api.Response put = pmo.put("/api/v1/projects/" + planned + "/plan", json(Map.of("start", monday.toString(),
                "tasks", List.of(Map.of("key", "m", "name", "Model the flows", "duration", "10d"),
                        Map.of("key", "r", "name", "Review", "duration", "1d")))));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        long task = 0;
        for (JsonNode t : put.json().get("tasks")) if (t.get("name").asString().equals("Model the flows")) task = t.get("id").asLong();
        Api.Response assigned = pmo.post("/api/v1/projects/" + planned + "/plan/tasks/" + task + "/assignments",
                json(Map.of("resource", assignee)));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);

        JsonNode heatmap = pmo.get("/api/v1/capacity/roles?from=" + month + "&to=" + month).json();
        java.math.BigDecimal fullTime = heatmap.get("fullTimeHours").get(0).decimalValue();
        java.math.BigDecimal planFte = java.math.BigDecimal.valueOf(80).divide(fullTime, 2,
                java.math.RoundingMode.HALF_UP);
        JsonNode cell = null;
        for (JsonNode row : heatmap.get("rows")) if (row.get("role").asString().equals(role)) cell = row.get("cells").get(0);
        assertThat(cell).as(heatmap.toString()).isNotNull();
        // the planned project's 1 FTE allocation is replaced by its plan's 80 hours; the other's 0.25 still counts
        assertThat(cell.get("demand").decimalValue()).isEqualByComparingTo(planFte.add(new java.math.BigDecimal("0.25")));

        JsonNode causes = pmo.get("/api/v1/capacity/roles/causes?role=" + java.net.URLEncoder.encode(role,
                java.nio.charset.StandardCharsets.UTF_8) + "&month=" + month).json();
        assertThat(causes.size()).isEqualTo(2);
        assertThat(causes.get(0).get("projectId").asLong()).isEqualTo(planned);
        assertThat(causes.get(0).get("basis").asString()).isEqualTo("ASSIGNMENT");
        assertThat(causes.get(0).get("fte").decimalValue()).isEqualByComparingTo(planFte);
        assertThat(causes.get(0).get("tasks")).singleElement().satisfies(line -> {
            assertThat(line.get("taskId").asLong()).isPositive();
            assertThat(line.get("name").asString()).isEqualTo("Model the flows");
            assertThat(line.get("fte").decimalValue()).isEqualByComparingTo(planFte);
        });
        assertThat(causes.get(1).get("projectId").asLong()).isEqualTo(allocatedOnly);
        assertThat(causes.get(1).get("basis").asString()).isEqualTo("ALLOCATION");
        assertThat(causes.get(1).get("fte").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(causes.get(1).get("tasks")).isEmpty();

        // the page shows the same, with the task
        // MockMvc encodes the path template itself
        String page = page("/resources/capacity/causes?role=" + role + "&month=" + month, "pm", java.util.Locale.ENGLISH);
        assertThat(page).contains("Model the flows", "data-basis=\"ASSIGNMENT\"", "data-basis=\"ALLOCATION\"");
    }
}
