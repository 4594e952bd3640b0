package org.lodestar.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.intake.RequestWorkflowApiIntegrationTests.created;
import static org.lodestar.intake.RequestWorkflowApiIntegrationTests.ok;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Scenarios solved by CP-SAT over the API: capacity decides between candidates, a start window moves one to a later
 * quarter, the rejected one is told why in words, and infeasible scenarios are 422 naming the constraint. Each test
 * uses a role of its own, so that the other candidates of the shared database do not interfere.
 */
class ScenariosApiIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    private final String role = "Java developer " + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void capacityAndStartWindowsDecideAndTheRejectedCandidateIsToldWhy() {
        long a = candidate("Alpha", 100_000, 400_000, "2");
        long b = candidate("Bravo", 100_000, 150_000, "1.4");
        long c = candidate("Charlie", 100_000, 250_000, "1.5");
        long scenario = scenario("Capacity decides", """
                "capacities": [{"role": "%1$s", "quarter": 0, "fte": 2}, {"role": "%1$s", "quarter": 1, "fte": 2}],
                "rules": [{"kind": "WINDOW", "requestId": %2$d, "fromQuarter": 0, "toQuarter": 2}]
                """.formatted(role, c));

        JsonNode result = ok(Api.as(port, "exec").get("/api/v1/scenarios/" + scenario + "/result"));

        assertThat(result.get("status").asString()).isEqualTo("OPTIMAL");
        assertThat(result.get("gapPercent").asDouble()).isZero();
        JsonNode alpha = find(result, a);
        JsonNode bravo = find(result, b);
        JsonNode charlie = find(result, c);
        assertThat(alpha.get("selected").asBoolean()).isTrue();
        assertThat(alpha.get("startQuarter").asInt()).isZero();
        assertThat(charlie.get("selected").asBoolean()).isTrue();
        assertThat(charlie.get("startQuarter").asInt()).isEqualTo(1);
        assertThat(bravo.get("selected").asBoolean()).isFalse();
        String firstQuarter = result.get("scenario").get("quarterLabels").get(0).asString();
        assertThat(bravo.get("reason").asString()).isEqualTo(firstQuarter + " " + role + " capacity exceeded by 1.4 FTE");
        assertThat(result.get("ftePerRole").get(role).get(0).decimalValue()).isEqualByComparingTo("2");
        assertThat(result.get("ftePerRole").get(role).get(1).decimalValue()).isEqualByComparingTo("1.5");
    }

    @Test
    void mandatoryItemsOverACapacityOrABudgetMakeTheScenarioUnprocessable() {
        long a = candidate("Delta", 100_000, 300_000, "2");
        long overCapacity = scenario("Too few developers", """
                "capacities": [{"role": "%s", "quarter": 0, "fte": 1}],
                "rules": [{"kind": "MANDATORY", "requestId": %d}]
                """.formatted(role, a));
        long overBudget = scenario("Too little money", """
                "budgets": [{"quarter": 0, "category": "Digital", "amount": 1000}],
                "rules": [{"kind": "MANDATORY", "requestId": %d}]
                """.formatted(a));

        Api.Response capacity = Api.as(port, "pmo").get("/api/v1/scenarios/" + overCapacity + "/result");
        Api.Response budget = Api.as(port, "pmo").get("/api/v1/scenarios/" + overBudget + "/result");

        assertThat(capacity.status()).isEqualTo(422);
        assertThat(capacity.json().get("detail").asString())
                .matches("Mandatory items alone exceed the \\d{4} Q\\d " + role + " capacity by 1.0 FTE\\.");
        assertThat(budget.status()).isEqualTo(422);
        assertThat(budget.json().get("detail").asString()).contains("Digital budget by ").contains(" EUR");
    }

    /**
     * A request whose type must be funded (the demo's regulatory GDPR request) is a mandatory candidate in a
     * scenario and is ranked as mandatory; a new project's request is neither.
     */
    @Test
    void aRequestOfAMandatoryTypeIsMandatoryInScenariosAndRankings() {
        Api pmo = Api.as(port, "pmo");
        long scenario = -1;
        for (JsonNode found : ok(pmo.get("/api/v1/scenarios"))) {
            if (found.get("name").asString().equals("Plan by strategic value")) scenario = found.get("id").asLong();
        }
        JsonNode result = ok(pmo.get("/api/v1/scenarios/" + scenario + "/result"));
        java.util.Map<String, Boolean> mandatory = new java.util.HashMap<>();
        result.get("candidates").forEach(c -> mandatory.put(c.get("name").asString(), c.get("mandatory").asBoolean()));
        assertThat(mandatory).containsEntry("GDPR records of processing", true)
                .containsEntry("Self-service returns portal", false);

        long model = ok(pmo.get("/api/v1/scenarios/" + scenario)).get("scoringModelId").asLong();
        java.util.Map<String, Boolean> ranked = new java.util.HashMap<>();
        ok(pmo.get("/api/v1/scoring-models/" + model + "/ranking")).get("entries")
                .forEach(e -> ranked.put(e.get("title").asString(), e.get("mandatory").asBoolean()));
        assertThat(ranked).containsEntry("GDPR records of processing", true)
                .containsEntry("Self-service returns portal", false);
    }

    /**
     * One scale for objective values: a score scenario's frontier once showed 100 times its result (33,375 against
     * 333.75). For each objective kind of the demo, the result, the comparison and the frontier at 100% agree.
     */
    @Test
    void theResultTheComparisonAndTheFrontierGiveTheSameObjectiveForEveryKind() {
        Api pmo = Api.as(port, "pmo");
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (JsonNode scenario : ok(pmo.get("/api/v1/scenarios"))) {
            String name = scenario.get("name").asString();
            if (!name.equals("Plan by strategic value") && !name.equals("Plan by NPV, tight teams")) continue; // the demo's
            long id = scenario.get("id").asLong();
            JsonNode result = ok(pmo.get("/api/v1/scenarios/" + id + "/result"));
            java.math.BigDecimal objective = result.get("objective").decimalValue();
            JsonNode compared = ok(pmo.get("/api/v1/scenarios/compare?ids=" + id)).get(0).get("result");
            assertThat(compared.get("objective").decimalValue()).isEqualByComparingTo(objective);
            for (JsonNode point : ok(pmo.get("/api/v1/scenarios/" + id + "/frontier"))) {
                if (point.get("percent").asInt() != 100) continue;
                // the frontier solves each level within a second: at most a hair under the full solve, never 100 times it
                assertThat(point.get("objective").decimalValue().doubleValue()).as(scenario.get("objective").asString())
                        .isLessThanOrEqualTo(objective.doubleValue() * 1.0001)
                        .isGreaterThanOrEqualTo(objective.doubleValue() * 0.95);
            }
            kinds.add(scenario.get("objective").asString());
        }
        assertThat(kinds).containsExactly("NPV", "SCORE");
    }

    @Test
    void scenariosAreCopiedComparedAndHaveAFrontier() {
        candidate("Echo", 50_000, 120_000, "1");
        long scenario = scenario("Base", """
                "budgets": [{"quarter": 0, "amount": 100000000}, {"quarter": 1, "amount": 100000000}]
                """);
        JsonNode copy = created(Api.as(port, "pmo").post("/api/v1/scenarios/" + scenario + "/copy", ""));

        JsonNode comparison = ok(Api.as(port, "pmo").get("/api/v1/scenarios/compare?ids=" + scenario + "," + copy.get("id")));
        JsonNode frontier = ok(Api.as(port, "pmo").get("/api/v1/scenarios/" + scenario + "/frontier"));

        assertThat(copy.get("name").asString()).isEqualTo("Copy of Base");
        assertThat(comparison).hasSize(2);
        assertThat(comparison.get(0).get("result").get("objective").asLong())
                .isEqualTo(comparison.get(1).get("result").get("objective").asLong());
        assertThat(frontier).hasSize(6);
        long previous = -1;
        for (JsonNode point : frontier) {
            if (point.get("objective").isNull()) continue;
            assertThat(point.get("objective").asLong()).isGreaterThanOrEqualTo(previous);
            previous = point.get("objective").asLong();
        }
        assertThat(previous).isGreaterThan(0);
    }

    @Test
    void theFrontierScalesAndReportsTotalAndCategoryBudgetsAlike() {
        candidate("Foxtrot", 40_000, 90_000, "1");
        long scenario = scenario("Both kinds", """
                "budgets": [{"quarter": 0, "amount": 100000000}, {"quarter": 1, "amount": 20000000},
                            {"quarter": 0, "category": "Digital", "amount": 4000000},
                            {"quarter": 1, "category": "Digital", "amount": 2000000},
                            {"quarter": 0, "category": "Facilities", "amount": 1000000}]
                """);

        JsonNode frontier = ok(Api.as(port, "pmo").get("/api/v1/scenarios/" + scenario + "/frontier"));

        assertThat(frontier).hasSize(6);
        JsonNode half = frontier.get(1);
        assertThat(half.get("percent").asInt()).isEqualTo(50);
        assertThat(half.get("totalBudget").asLong()).isEqualTo(60_000_000);
        assertThat(half.get("categoryBudgets").get("Digital").asLong()).isEqualTo(3_000_000);
        assertThat(half.get("categoryBudgets").get("Facilities").asLong()).isEqualTo(500_000);
        JsonNode full = frontier.get(3);
        assertThat(full.get("percent").asInt()).isEqualTo(100);
        assertThat(full.get("budget").asLong()).isEqualTo(120_000_000);
        assertThat(full.get("categoryBudgets").get("Digital").asLong()).isEqualTo(6_000_000);
    }

    @Test
    void badDefinitionsAre400AndRequestersMayNotSeeScenarios() {
        Api.Response bad = Api.as(port, "pmo").post("/api/v1/scenarios", """
                {"name": "Bad", "objective": "SCORE", "firstQuarter": "%s", "quarters": 2, "timeLimitSeconds": 2,
                 "budgets": [{"quarter": 5, "amount": 10}]}
                """.formatted(LocalDate.now()));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("budgets[0].quarter").contains("scoringModelId");
        assertThat(Api.as(port, "requester").get("/api/v1/scenarios").status()).isEqualTo(403);
    }

    private long candidate(String title, int cost, int benefit, String fte) {
        return IntakeFixtures.inEvaluation(port, title, """
                {"discountRatePercent": 8, "quarters": [{"cost": %d, "benefit": 0}, {"cost": 0, "benefit": %d}],
                 "demands": [{"role": "%s", "quarter": 0, "fte": %s}], "version": %%d}
                """.formatted(cost, benefit, role, fte)).get("id").asLong();
    }

    private long scenario(String name, String constraints) {
        return created(Api.as(port, "pmo").post("/api/v1/scenarios", """
                {"name": "%s", "objective": "NPV", "firstQuarter": "%s", "quarters": 4, "timeLimitSeconds": 5, %s}
                """.formatted(name, LocalDate.now(), constraints))).get("id").asLong();
    }

    private static JsonNode find(JsonNode result, long request) {
        for (JsonNode candidate : result.get("candidates")) {
            if (candidate.get("kind").asString().equals("request") && candidate.get("id").asLong() == request) return candidate;
        }
        throw new AssertionError("no candidate " + request);
    }
}
