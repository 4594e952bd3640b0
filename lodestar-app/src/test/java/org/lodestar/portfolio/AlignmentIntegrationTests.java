package org.lodestar.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Strategic alignment through the API, by hand on fresh objectives: budgets split by weight, live projects only in
 * the investment, the gaps both ways, key results' progress, the weight's rules and rights.
 */
class AlignmentIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;


    private long objective(Api api, String name) {
        String code = "AL" + (System.nanoTime() % 100_000_000L);
        api.post("/api/v1/objectives", json(Map.of("code", code, "name", name)));
        for (JsonNode o : api.get("/api/v1/objectives").json()) {
            if (o.get("code").asString().equals(code)) return o.get("id").asLong();
        }
        throw new AssertionError("objective " + code + " not created");
    }

    private JsonNode project(Api api, String name, String state, int budget, List<Long> objectives) {
        Map<String, Object> project = ProjectFixtures.newProject(name, 1);
        project.put("state", state);
        project.put("budget", budget);
        project.put("objectiveIds", objectives);
        Api.Response created = api.post("/api/v1/projects", json(project));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static JsonNode line(JsonNode alignment, long objective) {
        for (JsonNode line : alignment.get("objectives")) if (line.get("id").asLong() == objective) return line;
        throw new AssertionError("no line for objective " + objective);
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    @Test
    void budgetsAreSplitByWeightAndTheGapsShowBothWays() {
        Api pmo = Api.as(port, "pmo");
        long a = objective(pmo, "Alignment test A");
        long b = objective(pmo, "Alignment test B");
        long none = objective(pmo, "Alignment test served by none");
        long closedOnly = objective(pmo, "Alignment test served by a closed project");

        JsonNode p1 = project(pmo, "Alignment P1", "ACTIVE", 300_000, List.of(a, b));
        project(pmo, "Alignment P2", "PROPOSED", 100_000, List.of(b));
        JsonNode p3 = project(pmo, "Alignment P3", "ACTIVE", 50_000, List.of(a, closedOnly));
        JsonNode closed = pmo.post("/api/v1/projects/" + p3.get("id").asLong() + "/close",
                "{\"version\": " + p3.get("version").asLong() + "}").json();
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        JsonNode unaligned = project(pmo, "Alignment P4 serves nothing", "ACTIVE", 10_000, List.of());

        // P1 serves A chiefly: weight 2 against B's 1
        Api.Response weighed = pmo.put("/api/v1/projects/" + p1.get("id").asLong() + "/objectives/" + a,
                json(Map.of("weight", 2, "version", p1.get("version").asLong())));
        assertThat(weighed.status()).as(weighed.body()).isEqualTo(200);

        JsonNode alignment = Api.as(port, "exec").get("/api/v1/alignment").json();
        assertThat(alignment.get("currency").asString()).isEqualTo("EUR");
        JsonNode lineA = line(alignment, a);
        assertThat(lineA.get("investment").asDouble()).as("2/3 of P1's 300,000; P3 is closed").isEqualTo(200_000);
        List<String> contributorsA = new ArrayList<>();
        lineA.get("projects").forEach(c -> contributorsA.add(c.get("name").asString() + " w" + c.get("weight").asInt()
                + " " + Math.round(c.get("share").asDouble() * 100)));
        assertThat(contributorsA).containsExactlyInAnyOrder("Alignment P1 w2 67", "Alignment P3 w1 50");
        assertThat(line(alignment, b).get("investment").asDouble()).as("1/3 of P1 and all of P2").isEqualTo(200_000);
        assertThat(ids(alignment.get("uncovered"))).contains(none, closedOnly).doesNotContain(a, b);
        assertThat(ids(alignment.get("unaligned"))).contains(unaligned.get("id").asLong())
                .doesNotContain(p1.get("id").asLong(), p3.get("id").asLong());

        // the weight's rules: 1 to 5, on an objective the project serves, by its editors
        long version = weighed.json().get("version").asLong();
        Api.Response tooHeavy = pmo.put("/api/v1/projects/" + p1.get("id").asLong() + "/objectives/" + a,
                json(Map.of("weight", 6, "version", version)));
        assertThat(tooHeavy.status()).isEqualTo(400);
        assertThat(tooHeavy.json().get("errors").get(0).get("field").asString()).isEqualTo("weight");
        assertThat(pmo.put("/api/v1/projects/" + p1.get("id").asLong() + "/objectives/" + none,
                json(Map.of("weight", 3, "version", version))).status()).as("not served").isEqualTo(404);
        assertThat(Api.as(port, "pm").put("/api/v1/projects/" + p1.get("id").asLong() + "/objectives/" + a,
                json(Map.of("weight", 3, "version", version))).status()).as("not pm's project").isEqualTo(403);
        assertThat(Api.as(port, "requester").get("/api/v1/alignment").status()).isEqualTo(403);

        // changing the project's other fields keeps the weight; the history says what it became
        JsonNode view = pmo.get("/api/v1/projects/" + p1.get("id").asLong()).json();
        Map<String, Object> change = ProjectFixtures.newProject("Alignment P1 renamed", 1);
        change.put("state", "ACTIVE");
        change.put("budget", 300_000);
        change.put("objectiveIds", List.of(a, b));
        change.put("version", view.get("version").asLong());
        Api.Response renamed = pmo.put("/api/v1/projects/" + p1.get("id").asLong(), json(change));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(line(pmo.get("/api/v1/alignment").json(), a).get("investment").asDouble()).isEqualTo(200_000);
    }

    @Test
    void keyResultsShowHowFarEachObjectiveHasCome() {
        Api pmo = Api.as(port, "pmo");
        long objective = objective(pmo, "Alignment test key results");
        String results = "/api/v1/objectives/" + objective + "/key-results";
        Api.Response same = pmo.post(results, json(Map.of("title", "Flat", "measure", "%", "baselineValue", 20,
                "targetValue", 20)));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().get("errors").get(0).get("field").asString()).isEqualTo("targetValue");
        assertThat(Api.as(port, "exec").post(results, json(Map.of("title", "Not theirs", "measure", "%",
                "baselineValue", 1, "targetValue", 2))).status()).isEqualTo(403);

        // from 20 to 40, now 25: a quarter; from 100 down to 85, now 94: 40 %
        JsonNode rising = pmo.post(results, json(Map.of("title", "Digital share", "measure", "%",
                "baselineValue", 20, "targetValue", 40, "dueOn", "2027-12-31"))).json();
        JsonNode falling = pmo.post(results, json(Map.of("title", "Cost index", "measure", "index",
                "baselineValue", 100, "targetValue", 85))).json();
        assertThat(line(pmo.get("/api/v1/alignment").json(), objective).get("progress").isNull())
                .as("nothing reported yet").isTrue();
        JsonNode reported = pmo.post("/api/v1/key-results/" + rising.get("id").asLong() + "/report",
                json(Map.of("currentValue", 25, "version", rising.get("version").asLong()))).json();
        assertThat(reported.get("progress").asDouble()).isCloseTo(25.0, within(1e-9));
        pmo.post("/api/v1/key-results/" + falling.get("id").asLong() + "/report",
                json(Map.of("currentValue", 94, "version", falling.get("version").asLong())));
        assertThat(line(pmo.get("/api/v1/alignment").json(), objective).get("progress").asDouble())
                .isCloseTo(32.5, within(1e-9));
        assertThat(pmo.post("/api/v1/key-results/" + rising.get("id").asLong() + "/report",
                json(Map.of("currentValue", 30, "version", rising.get("version").asLong()))).status())
                .as("from a stale version").isEqualTo(409);
    }

    @Test
    void theDemoStrategyHasKeyResultsWeightsAndAGap() {
        JsonNode alignment = Api.as(port, "exec").get("/api/v1/alignment").json();
        int keyResults = 0;
        boolean weighed = false;
        for (JsonNode line : alignment.get("objectives")) {
            keyResults += line.get("keyResults").size();
            for (JsonNode c : line.get("projects")) weighed |= c.get("weight").asInt() > 1;
        }
        assertThat(keyResults).isGreaterThanOrEqualTo(5);
        assertThat(weighed).isTrue();
        List<String> uncovered = new ArrayList<>();
        alignment.get("uncovered").forEach(o -> uncovered.add(o.get("code").asString()));
        assertThat(uncovered).contains("SO-6");
    }
}
