package org.lodestar.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.intake.RequestWorkflowApiIntegrationTests.created;
import static org.lodestar.intake.RequestWorkflowApiIntegrationTests.ok;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Scoring models, AHP, several evaluators' scorecards and the ranked list, over the API. */
class ScoringApiIntegrationTests extends IntegrationTestSupport {

    private static final String ANCHORS = "[\"none\", \"weak\", \"fair\", \"strong\", \"decisive\"]";

    @LocalServerPort
    int port;

    @Test
    void weightsThatDoNotSumTo100AreRefusedWithTheirSum() {
        Api.Response response = Api.as(port, "pmo").post("/api/v1/scoring-models", """
                {"name": "Lopsided", "criteria": [
                  {"name": "Fit", "weight": 50, "direction": "BENEFIT", "scale": "RATED", "anchors": %s},
                  {"name": "Risk", "weight": 40, "direction": "COST", "scale": "RATED", "anchors": %s}]}
                """.formatted(ANCHORS, ANCHORS));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("criteria");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("90");
    }

    @Test
    void anInconsistentPairwiseComparisonIsRefusedWithItsRatio() {
        long model = model("AHP target");
        String inconsistent = "[[1, 9, 1], [0.1111111, 1, 9], [1, 0.1111111, 1]]";

        JsonNode derived = ok(Api.as(port, "pmo").post("/api/v1/scoring-models/ahp", "{\"matrix\": " + inconsistent + "}"));
        Api.Response refused = Api.as(port, "pmo").post("/api/v1/scoring-models/" + model + "/ahp",
                "{\"matrix\": " + inconsistent + ", \"version\": 0}");
        JsonNode applied = ok(Api.as(port, "pmo").post("/api/v1/scoring-models/" + model + "/ahp",
                "{\"matrix\": [[1, 3, 5], [0.3333333, 1, 3], [0.2, 0.3333333, 1]], \"version\": 0}"));

        assertThat(derived.get("consistent").asBoolean()).isFalse();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains(String.format(java.util.Locale.ROOT, "%.3f", derived.get("consistencyRatio").asDouble()));
        List<Double> weights = new ArrayList<>();
        applied.get("criteria").forEach(c -> weights.add(c.get("weight").asDouble()));
        assertThat(weights.stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(weights.get(0)).isGreaterThan(weights.get(1)).isGreaterThan(0);
        assertThat(weights.get(1)).isGreaterThan(weights.get(2));
    }

    @Test
    void evaluatorsScoreIndependentlyAndTheRankingShowsMeanSpreadAndSensitivity() {
        long model = model("Value and risk");
        long strong = IntakeFixtures.inEvaluation(port, "Strong case", null).get("id").asLong();
        long weak = IntakeFixtures.inEvaluation(port, "Weak case", null).get("id").asLong();
        String card = "/api/v1/scoring-models/" + model + "/scorecards/";

        assertThat(Api.as(port, "pmo").put(card + strong, "{\"entries\": [5, 1, 800000]}").status()).isEqualTo(204);
        assertThat(Api.as(port, "portfolio").put(card + strong, "{\"entries\": [4, 2, 600000]}").status()).isEqualTo(204);
        assertThat(Api.as(port, "exec").put(card + strong, "{\"entries\": [3, null, null]}").status()).isEqualTo(204);
        assertThat(Api.as(port, "pmo").put(card + weak, "{\"entries\": [2, 4, 100000]}").status()).isEqualTo(204);
        Api.Response outOfScale = Api.as(port, "pmo").put(card + weak, "{\"entries\": [6, 0, 100000]}");
        Api.Response requester = Api.as(port, "requester").put(card + weak, "{\"entries\": [5, 1, 1]}");

        assertThat(outOfScale.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        outOfScale.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("entries[0]", "entries[1]");
        assertThat(requester.status()).isEqualTo(403);

        JsonNode ranking = ok(Api.as(port, "pmo").get("/api/v1/scoring-models/" + model + "/ranking"));
        JsonNode first = entry(ranking, strong);
        JsonNode second = entry(ranking, weak);
        assertThat(first.get("rank").asInt()).isLessThan(second.get("rank").asInt());
        assertThat(first.get("complete").asInt()).isEqualTo(2);
        assertThat(first.get("incomplete").asInt()).isEqualTo(1);
        assertThat(first.get("max").asDouble() - first.get("min").asDouble()).isGreaterThan(0);
        assertThat(first.get("criterionMeans").get(0).asDouble()).isEqualTo(4.5);
        assertThat(first.get("sensitivity")).hasSize(3);
        assertThat(second.get("complete").asInt()).isEqualTo(1);
    }

    private static JsonNode entry(JsonNode ranking, long request) {
        for (JsonNode entry : ranking.get("entries")) if (entry.get("requestId").asLong() == request) return entry;
        throw new AssertionError("request " + request + " is not ranked");
    }

    private long model(String name) {
        return created(Api.as(port, "pmo").post("/api/v1/scoring-models", """
                {"name": "%s", "criteria": [
                  {"name": "Strategic fit", "weight": 50, "direction": "BENEFIT", "scale": "RATED", "anchors": %s},
                  {"name": "Delivery risk", "weight": 20, "direction": "COST", "scale": "RATED", "anchors": %s},
                  {"name": "Yearly benefit", "weight": 30, "direction": "BENEFIT", "scale": "MEASURED", "low": 0, "high": 1000000}]}
                """.formatted(name, ANCHORS, ANCHORS))).get("id").asLong();
    }
}
