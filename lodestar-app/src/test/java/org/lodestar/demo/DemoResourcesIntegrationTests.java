package org.lodestar.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeFixtures;
import org.lodestar.platform.People;
import org.lodestar.platform.UserId;
import org.lodestar.engine.health.Rag;
import org.lodestar.resources.ResourcePool;
import org.lodestar.status.ComputedHealth;
import org.lodestar.status.HealthIndicatorView;
import org.lodestar.support.Api;
import org.lodestar.timesheets.Timesheets;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo organisation's resources as its users find them: the pool (people over roles, linked accounts with cost
 * rates, absences, generic roles, a material resource) and the active projects' role allocations, whose heatmap
 * shows business analysts over-allocated in the next two months and no named person beyond their time, and the
 * team member's and project manager's timesheets, approved ones costed. Other tests add resources of their own, so
 * the demo's are told by their names.
 */
class DemoResourcesIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    ResourcePool pool;

    @Autowired
    People people;

    @Autowired
    Clock clock;

    @Autowired
    ComputedHealth health;

    @Test
    void theDemoPoolHasPeopleOverRolesWithRatesAbsencesGenericRolesAndMaterial() {
        JsonNode resources = Api.as(port, "resource").get("/api/v1/resources").json();
        List<JsonNode> demo = new ArrayList<>();
        Set<String> demoNames = new HashSet<>();
        for (String[] spec : ResourcesDemo.PEOPLE) demoNames.add(spec[1]);
        Set<String> roles = new HashSet<>();
        Set<String> currencies = new HashSet<>();
        int absences = 0;
        List<String> generic = new ArrayList<>();
        List<String> material = new ArrayList<>();
        for (JsonNode resource : resources) {
            String kind = resource.get("kind").asString();
            String name = resource.get("name").asString();
            if (kind.equals("ROLE")) generic.add(name);
            if (kind.equals("MATERIAL")) material.add(name);
            if (!kind.equals("PERSON") || !demoNames.contains(name)) continue;
            demo.add(resource);
            resource.get("roles").forEach(role -> roles.add(role.asString()));
            resource.get("rates").forEach(rate -> currencies.add(rate.get("currency").asString()));
            absences += resource.get("absences").size();
        }
        assertThat(demo).hasSize(25);
        assertThat(roles).contains("Project manager", "Business analyst", "Developer", "Tester", "Architect",
                "Data engineer", "Change manager", "UX designer");
        assertThat(currencies).containsExactlyInAnyOrder("EUR", "GBP", "USD");
        assertThat(absences).isGreaterThanOrEqualTo(3);
        assertThat(generic).contains("Business analyst", "Developer");
        assertThat(material).contains("Mobile test device lab");

        // the demo accounts that log hours or manage people have a cost rate today
        LocalDate today = LocalDate.now(clock);
        for (String account : List.of("pm", "member", "resource", "lbernard", "nsingh")) {
            assertThat(pool.hourlyRate(new UserId(ChangeFixtures.personId(people, account)), today))
                    .as(account).isPresent();
        }
        assertThat(pool.hourlyRate(new UserId(ChangeFixtures.personId(people, "member")), today).orElseThrow()
                .amount()).isEqualByComparingTo("72");
    }

    @Test
    void theDemoAllocationsOverAllocateBusinessAnalystsInTheNextTwoMonthsAndNoNamedPerson() {
        Api manager = Api.as(port, "resource");
        YearMonth now = YearMonth.now(clock);
        String period = "from=" + now + "&to=" + now.plusMonths(3);
        JsonNode heatmap = manager.get("/api/v1/capacity/roles?" + period).json();
        Map<String, JsonNode> rows = new HashMap<>();
        heatmap.get("rows").forEach(row -> rows.put(row.get("role").asString(), row));
        // the demo's own demand: its three portfolios' (other tests in the shared context plan and staff projects
        // of their own, in portfolios of their own, and those count in the whole organisation's figures)
        Map<String, BigDecimal> demoDemand = new HashMap<>();
        for (JsonNode portfolio : manager.get("/api/v1/portfolios").json()) {
            if (!Set.of("DIG", "OPS", "REG").contains(portfolio.get("code").asString())) continue;
            for (JsonNode row : manager.get("/api/v1/capacity/roles?" + period + "&portfolioId="
                    + portfolio.get("id").asLong()).json().get("rows")) {
                for (JsonNode cell : row.get("cells")) {
                    demoDemand.merge(row.get("role").asString() + " " + cell.get("month").asString(),
                            cell.get("demand").decimalValue(), BigDecimal::add);
                }
            }
        }
        for (String role : ResourcesDemo.ROLES) {
            assertThat(rows).as(role).containsKey(role);
            for (JsonNode cell : rows.get(role).get("cells")) {
                boolean shortage = role.equals(ResourcesDemo.SHORT_ROLE)
                        && (cell.get("month").asString().equals(now.plusMonths(1).toString())
                        || cell.get("month").asString().equals(now.plusMonths(2).toString()));
                BigDecimal demand = demoDemand.getOrDefault(role + " " + cell.get("month").asString(), BigDecimal.ZERO);
                BigDecimal capacity = cell.get("capacity").decimalValue();
                assertThat(demand).as(role + " " + cell).isPositive();
                if (shortage) {
                    assertThat(demand).as(role + " " + cell).isGreaterThan(capacity);
                    assertThat(demand.multiply(BigDecimal.valueOf(100)).divide(capacity, 0,
                            java.math.RoundingMode.HALF_UP).intValue()).as(role + " " + cell).isBetween(115, 145);
                } else {
                    assertThat(demand).as(role + " " + cell).isLessThanOrEqualTo(capacity);
                }
            }
        }
        JsonNode causes = manager.get("/api/v1/capacity/roles/causes?role="
                + URLEncoder.encode(ResourcesDemo.SHORT_ROLE, StandardCharsets.UTF_8) + "&month=" + now.plusMonths(1))
                .json();
        assertThat(causes.size()).isGreaterThan(1);

        // some allocations are staffed by the demo's people, and none of them is given beyond their time in a month
        // (other tests in the shared context staff people of their own beyond it on purpose)
        Set<String> demoNames = new HashSet<>();
        for (String[] spec : ResourcesDemo.PEOPLE) demoNames.add(spec[1]);
        Set<Long> demoPeople = new HashSet<>();
        for (JsonNode resource : manager.get("/api/v1/resources").json()) {
            if (demoNames.contains(resource.get("name").asString())) demoPeople.add(resource.get("id").asLong());
        }
        Map<String, BigDecimal> named = new HashMap<>();
        int staffed = 0;
        for (JsonNode project : manager.get("/api/v1/projects?state=ACTIVE&size=200").json().get("items")) {
            for (JsonNode allocation : manager.get("/api/v1/projects/" + project.get("id").asLong()
                    + "/allocations").json()) {
                if (!demoPeople.contains(allocation.get("resourceId").asLong(-1))) continue;
                staffed++;
                named.merge(allocation.get("resourceId").asLong() + " " + allocation.get("month").asString(),
                        allocation.get("fte").decimalValue(), BigDecimal::add);
            }
        }
        assertThat(staffed).isGreaterThan(20);
        assertThat(named.values()).allSatisfy(fte -> assertThat(fte).isLessThanOrEqualTo(BigDecimal.ONE));
    }

    @Test
    void theDemoTimesheetsAreApprovedSubmittedAndDraftAndApprovedHoursAreCosted() {
        Api member = Api.as(port, "member");
        LocalDate thisWeek = Timesheets.monday(LocalDate.now(clock));
        List<String> states = new ArrayList<>();
        JsonNode approved = null;
        for (int w = 4; w >= 0; w--) {
            JsonNode sheet = member.get("/api/v1/timesheets/week?day=" + thisWeek.minusWeeks(w)).json().get("sheet");
            states.add(sheet.get("state").asString());
            if (w == 2) approved = sheet;
            if (w == 1) {
                // the submitted week awaits the resource manager's approval
                long id = sheet.get("id").asLong();
                List<Long> queue = new ArrayList<>();
                Api.as(port, "resource").get("/api/v1/timesheets/approvals").json()
                        .forEach(queued -> queue.add(queued.get("id").asLong()));
                assertThat(queue).contains(id);
            }
            assertThat(sheet.get("total").decimalValue()).as("week " + sheet.get("weekStart")).isPositive();
        }
        assertThat(states).containsExactly("APPROVED", "APPROVED", "APPROVED", "SUBMITTED", "DRAFT");
        JsonNode pmWeek = Api.as(port, "pm").get("/api/v1/timesheets/week?day=" + thisWeek.minusWeeks(1)).json()
                .get("sheet");
        assertThat(pmWeek.get("state").asString()).isEqualTo("APPROVED");

        // an approved line's hours became labour costs of its project (after the approval, through the event)
        long project = approved.get("lines").get(0).get("projectId").asLong();
        String reference = "TS-" + approved.get("id").asLong() + "-";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<String> costed = new ArrayList<>();
            Api.as(port, "pmo").get("/api/v1/projects/" + project + "/actual-costs").json().get("costs")
                    .forEach(cost -> {
                        String text = cost.get("reference").asString("");
                        if (text.startsWith(reference)) costed.add(cost.get("category").asString());
                    });
            assertThat(costed).isNotEmpty().containsOnly("labour-opex");
        });
    }

    @Test
    void theDemoAssignmentsOverAllocateOneTesterWhomLevelingFreesAndEachCellDrillsDownToItsTasks() {
        Api manager = Api.as(port, "resource");
        Set<String> demoNames = new HashSet<>();
        for (String[] spec : ResourcesDemo.PEOPLE) demoNames.add(spec[1]);
        JsonNode weeks = manager.get("/api/v1/capacity/people").json();
        List<String> over = new ArrayList<>();
        JsonNode tester = null;
        List<JsonNode> others = new ArrayList<>();
        for (JsonNode row : weeks.get("rows")) {
            String name = row.get("name").asString();
            if (!demoNames.contains(name)) continue;
            boolean anyOver = false;
            for (JsonNode cell : row.get("cells")) anyOver |= cell.get("overAllocated").asBoolean();
            if (anyOver) over.add(name);
            if (name.equals(AssignmentsDemo.OVER_ALLOCATED)) tester = row;
            else if (others.size() < 3) others.add(row);
        }
        // the tester's two overlapping tasks over-allocate him; other tests in the shared context assign other demo
        // people (the member above all), so who else is over depends on the order the tests ran in
        assertThat(over).contains(AssignmentsDemo.OVER_ALLOCATED);

        // each cell with demand drills down to lines that add up to it exactly; the tester's over week to two tasks
        Long project = null;
        for (JsonNode row : concat(tester, others)) {
            for (JsonNode cell : row.get("cells")) {
                if (cell.get("demandHours").decimalValue().signum() == 0) continue;
                JsonNode demand = manager.get("/api/v1/resources/" + row.get("resourceId").asLong() + "/demand?week="
                        + cell.get("week").asString()).json();
                BigDecimal sum = demand.get("otherProjectsHours").decimalValue();
                for (JsonNode line : demand.get("lines")) sum = sum.add(line.get("hours").decimalValue());
                assertThat(demand.get("demandHours").decimalValue()).as(row.get("name") + " " + cell.get("week"))
                        .isEqualByComparingTo(cell.get("demandHours").decimalValue()).isEqualByComparingTo(sum);
                if (row == tester && cell.get("overAllocated").asBoolean() && project == null) {
                    assertThat(cell.get("basis").asString()).isEqualTo("ASSIGNED");
                    List<JsonNode> tasks = new ArrayList<>();
                    demand.get("lines").forEach(tasks::add);
                    assertThat(tasks).hasSizeGreaterThanOrEqualTo(2).allSatisfy(line -> {
                        assertThat(line.get("basis").asString()).isEqualTo("ASSIGNMENT");
                        assertThat(line.get("taskName").isNull()).isFalse();
                    });
                    project = tasks.get(0).get("projectId").asLong();
                }
            }
        }
        assertThat(project).as("an over week of " + AssignmentsDemo.OVER_ALLOCATED).isNotNull();

        // the project's over-allocation health is amber or red
        HealthIndicatorView indicator = health.forProjects(List.of(project), LocalDate.now(clock)).get(project)
                .indicators().stream().filter(i -> i.key().equals("resources.overAllocation")).findFirst().orElseThrow();
        assertThat(indicator.rag()).isIn(Rag.AMBER, Rag.RED);

        // leveling the project's plan (a preview: nothing written) moves a task and leaves the tester within capacity
        JsonNode preview = Api.as(port, "pmo").post("/api/v1/projects/" + project + "/plan/leveling",
                org.lodestar.portfolio.ProjectFixtures.json(Map.of("mode", "DELAY_ONLY"))).json();
        assertThat(preview.get("moves").size()).isPositive();
        JsonNode load = null;
        for (JsonNode person : preview.get("people")) {
            if (person.get("name").asString().equals(AssignmentsDemo.OVER_ALLOCATED)) load = person;
        }
        assertThat(load).isNotNull();
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        load.get("before").forEach(week -> before.add(week.asInt()));
        load.get("after").forEach(week -> after.add(week.asInt()));
        assertThat(before).anySatisfy(percent -> assertThat(percent).isGreaterThan(100));
        assertThat(after).allSatisfy(percent -> assertThat(percent).isLessThanOrEqualTo(100));
    }

    private static List<JsonNode> concat(JsonNode first, List<JsonNode> rest) {
        List<JsonNode> all = new ArrayList<>();
        if (first != null) all.add(first);
        all.addAll(rest);
        return all;
    }
}
