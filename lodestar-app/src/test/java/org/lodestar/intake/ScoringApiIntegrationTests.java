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
    void aMatrixWithAShortOrMissingRowIs400OnTheMatrix() {
        for (String matrix : List.of("[[1, 1], []]", "[[1], null]")) {
            Api.Response response = Api.as(port, "pmo").post("/api/v1/scoring-models/ahp", "{\"matrix\": " + matrix + "}");

            assertThat(response.status()).as(matrix).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("matrix");
        }
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

    @Test
    void reorderingInsertingAndRemovingCriteriaKeepsEachScoreWithItsCriterion() {
        long model = model("Stable criteria");
        long strong = IntakeFixtures.inEvaluation(port, "Kept scores, strong", null).get("id").asLong();
        long weak = IntakeFixtures.inEvaluation(port, "Kept scores, weak", null).get("id").asLong();
        String card = "/api/v1/scoring-models/" + model + "/scorecards/";
        Api pmo = Api.as(port, "pmo");
        assertThat(pmo.put(card + strong, "{\"entries\": [5, 1, 800000]}").status()).isEqualTo(204);
        assertThat(Api.as(port, "portfolio").put(card + strong, "{\"entries\": [4, 2, 600000]}").status()).isEqualTo(204);
        assertThat(pmo.put(card + weak, "{\"entries\": [2, 4, 100000]}").status()).isEqualTo(204);
        JsonNode defined = ok(pmo.get("/api/v1/scoring-models/" + model));
        long fit = criterionId(defined, 0);
        long risk = criterionId(defined, 1);
        long benefit = criterionId(defined, 2);
        JsonNode before = ok(pmo.get("/api/v1/scoring-models/" + model + "/ranking"));

        JsonNode reordered = ok(pmo.put("/api/v1/scoring-models/" + model, """
                {"name": "Stable criteria", "version": 0, "criteria": [
                  {"id": %d, "name": "Yearly benefit", "weight": 30, "direction": "BENEFIT", "scale": "MEASURED", "low": 0, "high": 1000000},
                  {"id": %d, "name": "Strategic fit", "weight": 50, "direction": "BENEFIT", "scale": "RATED", "anchors": %s},
                  {"id": %d, "name": "Delivery risk", "weight": 20, "direction": "COST", "scale": "RATED", "anchors": %s}]}
                """.formatted(benefit, fit, ANCHORS, risk, ANCHORS)));
        JsonNode after = ok(pmo.get("/api/v1/scoring-models/" + model + "/ranking"));

        assertThat(List.of(criterionId(reordered, 0), criterionId(reordered, 1), criterionId(reordered, 2)))
                .containsExactly(benefit, fit, risk);
        assertThat(numbers(ok(pmo.get(card + strong)))).containsExactly(800000.0, 5.0, 1.0);
        assertThat(numbers(ok(Api.as(port, "portfolio").get(card + strong)))).containsExactly(600000.0, 4.0, 2.0);
        assertThat(numbers(ok(pmo.get(card + weak)))).containsExactly(100000.0, 2.0, 4.0);
        for (long request : List.of(strong, weak)) {
            JsonNode was = entry(before, request);
            JsonNode is = entry(after, request);
            assertThat(is.get("rank").asInt()).isEqualTo(was.get("rank").asInt());
            assertThat(is.get("score").asDouble()).isCloseTo(was.get("score").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(is.get("complete").asInt()).isEqualTo(was.get("complete").asInt());
            assertThat(numbers(is.get("criterionMeans"))).containsExactly(was.get("criterionMeans").get(2).asDouble(),
                    was.get("criterionMeans").get(0).asDouble(), was.get("criterionMeans").get(1).asDouble());
        }

        JsonNode changed = ok(pmo.put("/api/v1/scoring-models/" + model, """
                {"name": "Stable criteria", "version": 1, "criteria": [
                  {"id": %d, "name": "Strategic fit", "weight": 50, "direction": "BENEFIT", "scale": "RATED", "anchors": %s},
                  {"name": "Reach", "weight": 20, "direction": "BENEFIT", "scale": "RATED", "anchors": %s},
                  {"id": %d, "name": "Yearly benefit", "weight": 30, "direction": "BENEFIT", "scale": "MEASURED", "low": 0, "high": 1000000}]}
                """.formatted(fit, ANCHORS, ANCHORS, benefit)));
        JsonNode ranking = ok(pmo.get("/api/v1/scoring-models/" + model + "/ranking"));

        long reach = criterionId(changed, 1);
        assertThat(List.of(criterionId(changed, 0), criterionId(changed, 2))).containsExactly(fit, benefit);
        assertThat(reach).isNotIn(fit, risk, benefit);
        assertThat(numbers(ok(pmo.get(card + strong)))).containsExactly(5.0, null, 800000.0);
        assertThat(numbers(ok(Api.as(port, "portfolio").get(card + strong)))).containsExactly(4.0, null, 600000.0);
        assertThat(numbers(ok(pmo.get(card + weak)))).containsExactly(2.0, null, 100000.0);
        assertThat(entry(ranking, strong).get("incomplete").asInt()).as("the new criterion is not scored yet").isEqualTo(2);
        // each evaluator reads their card, scores the new criterion alike for both requests and writes it back
        for (String user : List.of("pmo", "portfolio")) {
            for (long request : user.equals("pmo") ? List.of(strong, weak) : List.of(strong)) {
                List<Double> entries = numbers(ok(Api.as(port, user).get(card + request)));
                entries.set(1, 3.0);
                assertThat(Api.as(port, user).put(card + request, "{\"entries\": " + entries + "}").status()).isEqualTo(204);
            }
        }
        JsonNode rescored = ok(pmo.get("/api/v1/scoring-models/" + model + "/ranking"));
        for (long request : List.of(strong, weak)) {
            JsonNode was = entry(before, request);
            JsonNode is = entry(rescored, request);
            assertThat(is.get("complete").asInt()).isEqualTo(was.get("complete").asInt());
            assertThat(numbers(is.get("criterionMeans"))).containsExactly(was.get("criterionMeans").get(0).asDouble(),
                    3.0, was.get("criterionMeans").get(2).asDouble());
        }
        assertThat(entry(rescored, strong).get("rank").asInt()).isLessThan(entry(rescored, weak).get("rank").asInt());
        assertThat(pmo.get("/api/v1/audit?entityType=scoringModel&entityId=" + model).body())
                .contains("Delivery risk: 3 removed");
        Api.Response removedId = pmo.put("/api/v1/scoring-models/" + model, """
                {"name": "Stable criteria", "version": 2, "criteria": [
                  {"id": %d, "name": "Delivery risk", "weight": 100, "direction": "COST", "scale": "RATED", "anchors": %s}]}
                """.formatted(risk, ANCHORS));
        assertThat(removedId.status()).as("a removed criterion's id is no longer the model's").isEqualTo(400);
        assertThat(removedId.json().get("errors").get(0).get("field").asString()).isEqualTo("criteria[0].id");
    }

    @Test
    void aCriterionIdThatIsNotOneOfTheModelsIs400OnThatCriterionAndNothingIsStored() {
        long model = model("Own criteria");
        long other = model("Other criteria");
        long request = IntakeFixtures.inEvaluation(port, "Scored under own criteria", null).get("id").asLong();
        Api pmo = Api.as(port, "pmo");
        assertThat(pmo.put("/api/v1/scoring-models/" + model + "/scorecards/" + request, "{\"entries\": [5, 1, 800000]}")
                .status()).isEqualTo(204);
        JsonNode defined = ok(pmo.get("/api/v1/scoring-models/" + model));
        long foreign = criterionId(ok(pmo.get("/api/v1/scoring-models/" + other)), 1);
        long fit = criterionId(defined, 0);
        String change = """
                {"name": "Renamed", "version": 0, "criteria": [
                  {"id": %d, "name": "Strategic fit", "weight": 50, "direction": "BENEFIT", "scale": "RATED", "anchors": %s},
                  {"id": %d, "name": "Delivery risk", "weight": 50, "direction": "COST", "scale": "RATED", "anchors": %s}]}
                """;

        Api.Response foreignId = pmo.put("/api/v1/scoring-models/" + model, change.formatted(fit, ANCHORS, foreign, ANCHORS));
        Api.Response unknownId = pmo.put("/api/v1/scoring-models/" + model, change.formatted(fit, ANCHORS, 999999999L, ANCHORS));
        Api.Response twice = pmo.put("/api/v1/scoring-models/" + model, change.formatted(fit, ANCHORS, fit, ANCHORS));
        Api.Response createdWithId = pmo.post("/api/v1/scoring-models", change.formatted(fit, ANCHORS, fit, ANCHORS)
                .replace("\"version\": 0, ", ""));

        for (Api.Response refused : List.of(foreignId, unknownId, twice)) {
            assertThat(refused.status()).isEqualTo(400);
            List<String> fields = new ArrayList<>();
            refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
            assertThat(fields).containsExactly("criteria[1].id");
        }
        assertThat(createdWithId.status()).isEqualTo(400);
        assertThat(createdWithId.json().get("errors").get(0).get("field").asString()).isEqualTo("criteria[0].id");
        assertThat(ok(pmo.get("/api/v1/scoring-models/" + model))).isEqualTo(defined);
        assertThat(ok(pmo.get("/api/v1/scoring-models/" + other)).get("criteria").get(1).get("id").asLong()).isEqualTo(foreign);
        assertThat(numbers(ok(pmo.get("/api/v1/scoring-models/" + model + "/scorecards/" + request))))
                .containsExactly(5.0, 1.0, 800000.0);
        List<String> names = new ArrayList<>();
        ok(pmo.get("/api/v1/scoring-models")).forEach(m -> names.add(m.get("name").asString()));
        assertThat(names).doesNotContain("Renamed");
    }

    /** A model's GET can be PUT back unchanged: the criteria keep their ids and the scores stay. */
    @Test
    void aModelsGetBodyPutBackUnchangedKeepsItsCriteriaAndScores() {
        long model = model("Round trip");
        long request = IntakeFixtures.inEvaluation(port, "Round trip request", null).get("id").asLong();
        Api pmo = Api.as(port, "pmo");
        String card = "/api/v1/scoring-models/" + model + "/scorecards/" + request;
        assertThat(pmo.put(card, "{\"entries\": [3, 2, 500000]}").status()).isEqualTo(204);
        JsonNode got = ok(pmo.get("/api/v1/scoring-models/" + model));

        JsonNode put = ok(pmo.put("/api/v1/scoring-models/" + model, got.toString()));

        assertThat(put.get("criteria")).isEqualTo(got.get("criteria"));
        assertThat(numbers(ok(pmo.get(card)))).containsExactly(3.0, 2.0, 500000.0);
    }

    private static long criterionId(JsonNode model, int index) {
        JsonNode id = model.get("criteria").get(index).get("id");
        assertThat(id.isIntegralNumber()).as("criterion %d has an id", index).isTrue();
        return id.asLong();
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> numbers = new ArrayList<>();
        array.forEach(n -> numbers.add(n.isNull() ? null : n.asDouble()));
        return numbers;
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
