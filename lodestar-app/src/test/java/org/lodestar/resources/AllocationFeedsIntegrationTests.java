package org.lodestar.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeFixtures;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Allocations feeding the other modules (issue 14): ongoing projects' allocations take capacity from intake's
 * scenarios. Each test uses a role of its own, so that the shared database's other data does not count.
 */
class AllocationFeedsIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    private final String role = "Feeds analyst " + UUID.randomUUID().toString().substring(0, 8);

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json();
    }

    private static String version(JsonNode record) {
        return "{\"version\": " + record.get("version").asLong() + "}";
    }

    /** A request in evaluation needing {@code fte} of the test's role in its first quarter. */
    private JsonNode request(String title, int benefit, String fte) {
        Api requester = Api.as(port, "requester");
        Api pmo = Api.as(port, "pmo");
        JsonNode request = ok(requester.post("/api/v1/requests", """
                {"typeId": 1, "title": "%s", "portfolioId": 1, "category": "Digital",
                 "values": {"problem": "A problem", "outcome": "An outcome", "urgency": "intake.default.choice.medium"}}
                """.formatted(title)));
        long id = request.get("id").asLong();
        request = ok(requester.put("/api/v1/requests/" + id + "/financials", """
                {"discountRatePercent": 8, "quarters": [{"cost": 1000, "benefit": 0}, {"cost": 0, "benefit": %d}],
                 "demands": [{"role": "%s", "quarter": 0, "fte": %s}], "version": %d}
                """.formatted(benefit, role, fte, request.get("version").asLong())));
        request = ok(requester.post("/api/v1/requests/" + id + "/submit", version(request)));
        request = ok(pmo.post("/api/v1/requests/" + id + "/screen", version(request)));
        return ok(pmo.post("/api/v1/requests/" + id + "/evaluate", version(request)));
    }

    /** A generic role of the pool named as the test's role, so that allocations may name it. */
    private void genericRole() {
        ok(Api.as(port, "resource").post("/api/v1/resources", json(Map.of("kind", "ROLE", "name", role))));
    }

    private static Map<String, Object> allocation(String role, Long person, YearMonth month, Object fte) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("role", role);
        if (person != null) body.put("resourceId", person);
        body.put("month", month.toString());
        body.put("fte", fte);
        return body;
    }

    private static JsonNode candidate(JsonNode result, long request) {
        for (JsonNode candidate : result.get("candidates")) {
            if (candidate.get("kind").asString().equals("request") && candidate.get("id").asLong() == request) {
                return candidate;
            }
        }
        throw new AssertionError("no candidate " + request);
    }

    @Test
    void anOngoingProjectsAllocationTakesTheRolesCapacityFromAScenario() {
        genericRole();
        long big = request("Big feeds request", 500_000, "2").get("id").asLong();
        long small = request("Small feeds request", 100_000, "1").get("id").asLong();
        LocalDate today = LocalDate.now();
        long scenario = ok(Api.as(port, "pmo").post("/api/v1/scenarios", """
                {"name": "Feeds %s", "objective": "NPV", "firstQuarter": "%s", "quarters": 2, "timeLimitSeconds": 5,
                 "capacities": [{"role": "%s", "quarter": 0, "fte": 2}]}
                """.formatted(role, today, role))).get("id").asLong();
        String result = "/api/v1/scenarios/" + scenario + "/result";

        JsonNode before = ok(Api.as(port, "pmo").get(result));
        assertThat(candidate(before, big).get("selected").asBoolean()).isTrue();
        assertThat(candidate(before, small).get("selected").asBoolean()).isFalse();

        // an active project takes 1 FTE of the role through the scenario's first quarter
        long project = ChangeFixtures.project(port, people, "Ongoing feeds", false);
        YearMonth first = YearMonth.from(today).minusMonths((today.getMonthValue() - 1) % 3);
        for (int m = 0; m < 3; m++) {
            ok(Api.as(port, "pm").post("/api/v1/projects/" + project + "/allocations",
                    json(allocation(role, null, first.plusMonths(m), 1))));
        }

        JsonNode after = ok(Api.as(port, "pmo").get(result));
        assertThat(candidate(after, big).get("selected").asBoolean()).isFalse();
        assertThat(candidate(after, big).get("reason").asString()).contains(role).contains("capacity");
        assertThat(candidate(after, small).get("selected").asBoolean()).isTrue();
        assertThat(after.get("ftePerRole").get(role).get(0).decimalValue()).as("the request's and the project's")
                .isEqualByComparingTo("2");
    }
}
