package org.lodestar.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.intake.RequestWorkflowApiIntegrationTests.created;
import static org.lodestar.intake.RequestWorkflowApiIntegrationTests.ok;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A scenario's last solve is kept with the fingerprint of its inputs: reading it again does not solve again, a
 * changed score or budget does; a long time limit is solved in the background while reads answer 202 with the
 * progress (the page shows it and reads itself again). Solves are counted by {@link PortfolioScenarios#solves()}.
 */
class ScenarioResultsIntegrationTests extends PageTestSupport {

    private static final String ANCHORS = "[\"none\", \"weak\", \"fair\", \"strong\", \"decisive\"]";

    @Autowired
    PortfolioScenarios scenarios;

    private final String role = "Kept analyst " + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aScenarioReadTwiceIsSolvedOnceAndSolvedAgainWhenAScoreOrTheBudgetChanges() {
        Api pmo = Api.as(port, "pmo");
        long model = created(pmo.post("/api/v1/scoring-models", """
                {"name": "Fit only %s", "criteria": [
                  {"name": "Fit", "weight": 100, "direction": "BENEFIT", "scale": "RATED", "anchors": %s}]}
                """.formatted(role, ANCHORS))).get("id").asLong();
        long request = candidate("Kept result");
        String card = "/api/v1/scoring-models/" + model + "/scorecards/" + request;
        assertThat(pmo.put(card, "{\"entries\": [3]}").status()).isEqualTo(204);
        JsonNode scenario = created(pmo.post("/api/v1/scenarios", definition("Kept", model, 2, 1_000_000_000, null)));
        String result = "/api/v1/scenarios/" + scenario.get("id").asLong() + "/result";
        long before = scenarios.solves();

        JsonNode first = ok(Api.as(port, "exec").get(result));
        JsonNode again = ok(Api.as(port, "pmo").get(result));

        assertThat(scenarios.solves()).isEqualTo(before + 1);
        assertThat(again.get("candidates")).isEqualTo(first.get("candidates"));
        assertThat(again.get("objective").asLong()).isEqualTo(first.get("objective").asLong());

        assertThat(pmo.put(card, "{\"entries\": [5]}").status()).isEqualTo(204);
        JsonNode rescored = ok(Api.as(port, "exec").get(result));

        assertThat(scenarios.solves()).isEqualTo(before + 2);
        assertThat(value(rescored, request)).isGreaterThan(value(first, request));

        ok(pmo.put("/api/v1/scenarios/" + scenario.get("id").asLong(),
                definition("Kept", model, 2, 900_000_000, scenario.get("version").asLong())));
        ok(Api.as(port, "exec").get(result));
        ok(Api.as(port, "exec").get(result));

        assertThat(scenarios.solves()).isEqualTo(before + 3);
    }

    @Test
    void aLongTimeLimitIsSolvedInTheBackgroundWhileReadsAnswerWithTheProgress() throws Exception {
        candidate("Solved in the background");
        JsonNode scenario = created(Api.as(port, "pmo").post("/api/v1/scenarios", """
                {"name": "Background", "objective": "NPV", "firstQuarter": "%s", "quarters": 4, "timeLimitSeconds": 12,
                 "capacities": [{"role": "%s", "quarter": 0, "fte": 3}]}
                """.formatted(LocalDate.now(), role)));
        String result = "/api/v1/scenarios/" + scenario.get("id").asLong() + "/result";
        long before = scenarios.solves();

        HttpResponse<String> solving = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + result))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("exec:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(solving.statusCode()).as(solving.body()).isEqualTo(202);
        assertThat(solving.headers().firstValue("Location")).hasValue(result);
        JsonNode progress = Api.mapper().readTree(solving.body());
        assertThat(progress.get("state").asString()).isEqualTo("SOLVING");
        assertThat(progress.get("limitSeconds").asLong()).isEqualTo(12);

        Api.Response read = awaitResult(result);

        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("status").asString()).isIn("OPTIMAL", "FEASIBLE");
        assertThat(scenarios.solves()).as("reads while it was solving start no other solve").isEqualTo(before + 1);
    }

    @Test
    void thePageOfAScenarioSolvedInTheBackgroundShowsTheProgressAndReadsItselfAgain() throws Exception {
        long scenario = created(Api.as(port, "pmo").post("/api/v1/scenarios", """
                {"name": "Background page", "objective": "NPV", "firstQuarter": "%s", "quarters": 4,
                 "timeLimitSeconds": 12}
                """.formatted(LocalDate.now()))).get("id").asLong();

        String solving = page("/scenarios/" + scenario, "exec", java.util.Locale.JAPANESE);

        assertThat(solving).contains("id=\"solving\"").contains("CP-SATでこのシナリオを求解しています。")
                .contains("hx-get=\"/scenarios/" + scenario + "\"").contains("hx-trigger=\"every 2s\"")
                .doesNotContain("id=\"result-facts\"");
        // the solve the page started ends before the next test counts solves
        assertThat(awaitResult("/api/v1/scenarios/" + scenario + "/result").status()).isEqualTo(200);
    }

    /** Reads the result until it is no longer being solved (a wait for the background solve, not a timing check). */
    private Api.Response awaitResult(String result) throws InterruptedException {
        Api.Response read = Api.as(port, "pmo").get(result);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (read.status() == 202 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            read = Api.as(port, "pmo").get(result);
        }
        return read;
    }

    private long candidate(String title) {
        return IntakeFixtures.inEvaluation(port, title, """
                {"discountRatePercent": 8, "quarters": [{"cost": 100000, "benefit": 0}, {"cost": 0, "benefit": 300000}],
                 "demands": [{"role": "%s", "quarter": 0, "fte": 1}], "version": %%d}
                """.formatted(role)).get("id").asLong();
    }

    private static String definition(String name, long model, int limit, long budget, Long version) {
        return """
                {"name": "%s", "objective": "SCORE", "scoringModelId": %d, "firstQuarter": "%s", "quarters": 4,
                 "timeLimitSeconds": %d, "budgets": [{"quarter": 0, "amount": %d}], "version": %s}
                """.formatted(name, model, LocalDate.now(), limit, budget, version);
    }

    private static long value(JsonNode result, long request) {
        for (JsonNode candidate : result.get("candidates")) {
            if (candidate.get("kind").asString().equals("request") && candidate.get("id").asLong() == request) {
                return candidate.get("value").asLong();
            }
        }
        throw new AssertionError("no candidate " + request);
    }
}
