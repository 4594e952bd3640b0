package org.lodestar.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeFixtures;
import org.lodestar.platform.People;
import org.lodestar.status.ComputedHealth;
import org.lodestar.status.HealthIndicatorView;
import org.lodestar.status.ProjectHealth;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Over-allocation of a project's named people as computed health (issue 14): the busiest week of the coming three
 * months, over all projects, against the person × week view's figures. Each person allocated the same FTE in every
 * month of the window, so every whole week of it is at that FTE over their capacity.
 */
class OverAllocationHealthIntegrationTests extends PageTestSupport {

    @Autowired
    People people;

    @Autowired
    ComputedHealth health;

    private final String role = "Loaded analyst " + UUID.randomUUID().toString().substring(0, 8);

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json();
    }

    private long person(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "PERSON");
        body.put("name", name + " " + role);
        body.put("roles", List.of(role));
        body.put("fte", 1);
        return ok(Api.as(port, "resource").post("/api/v1/resources", json(body))).get("id").asLong();
    }

    /** The person at {@code fte} on the project in every month from this one to four months ahead. */
    private void allocate(long project, long person, String fte) {
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        for (int i = 0; i <= 4; i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("role", role);
            body.put("resourceId", person);
            body.put("month", month.plusMonths(i).toString());
            body.put("fte", fte);
            ok(Api.as(port, "resource").post("/api/v1/projects/" + project + "/allocations", json(body)));
        }
    }

    private HealthIndicatorView indicator(Map<Long, ProjectHealth> all, long project) {
        return all.get(project).indicators().stream()
                .filter(i -> i.key().equals(OverAllocationIndicator.KEY)).findFirst().orElse(null);
    }

    private static String input(HealthIndicatorView indicator, String key) {
        return indicator.inputs().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow().value();
    }

    @Test
    void namedPeopleOverTheirCapacityInAnyWeekMakeTheProjectAmberOrRedOverAllProjects() throws Exception {
        long full = ChangeFixtures.project(port, people, "Fully loaded", false);
        long over = ChangeFixtures.project(port, people, "Just 120", false);
        long shared = ChangeFixtures.project(port, people, "Shared person", false);
        long other = ChangeFixtures.project(port, people, "The other project", false);
        long nobody = ChangeFixtures.project(port, people, "Nobody named", false);
        long grace = person("Grace");
        long mary = person("Mary");
        long rosa = person("Rosa");
        allocate(full, grace, "1");
        allocate(over, mary, "1.2");
        allocate(shared, rosa, "0.7");
        allocate(other, rosa, "0.51");   // Rosa's load on the other project makes the shared one red

        Map<Long, ProjectHealth> all = health.forProjects(List.of(full, over, shared, other, nobody),
                LocalDate.now(ZoneOffset.UTC));
        HealthIndicatorView exactlyFull = indicator(all, full);
        assertThat(exactlyFull.value()).isEqualTo(100.0);
        assertThat(exactlyFull.rag().name()).isEqualTo("GREEN");
        HealthIndicatorView at120 = indicator(all, over);
        assertThat(at120.value()).isEqualTo(120.0);
        assertThat(at120.rag().name()).isEqualTo("AMBER");
        assertThat(input(at120, "overAllocatedPerson")).isEqualTo("Mary " + role);
        HealthIndicatorView red = indicator(all, shared);
        assertThat(red.value()).isBetween(121.0, 121.2);   // 121 %, rounded up from the cells' tenths of an hour
        assertThat(red.rag().name()).isEqualTo("RED");
        assertThat(input(red, "overAllocatedPerson")).isEqualTo("Rosa " + role);
        assertThat(input(red, "overAllocationPercent")).startsWith("121.");
        LocalDate week = LocalDate.parse(input(red, "overAllocationWeek"));
        assertThat(week.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(indicator(all, other).rag().name()).isEqualTo("RED");
        assertThat(indicator(all, nobody)).as("no named people, no data").isNull();

        // the page's person × week cell of that week says the same
        JsonNode weeks = ok(Api.as(port, "pmo").get("/api/v1/capacity/people?from=" + week + "&to=" + week));
        boolean shown = false;
        for (JsonNode row : weeks.get("rows")) {
            if (row.get("resourceId").asLong() != rosa) continue;
            shown = true;
            JsonNode cell = row.get("cells").get(0);
            assertThat(cell.get("overAllocated").asBoolean()).isTrue();
            assertThat(cell.get("demandHours").decimalValue().toPlainString())
                    .isEqualTo(input(red, "overAllocationDemand"));
            assertThat(cell.get("capacityHours").decimalValue().toPlainString())
                    .isEqualTo(input(red, "overAllocationCapacity"));
        }
        assertThat(shown).as("Rosa's row on the person × week view").isTrue();

        // the project's status page shows it, with the person, in the reader's language
        String page = page("/projects/" + shared + "/status", "pmo", Locale.FRENCH);
        assertThat(page).contains("Suraffectation des personnes du projet").contains("Rosa " + role)
                .contains("Semaine du");
    }
}
