package org.lodestar.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.People;
import org.lodestar.status.StatusFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The assumptions and decisions logs through the API: acts, states, rules, rights, order and CSV. */
class AssumptionDecisionApiIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AuditTrail audit;

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static List<String> titles(Api.Response response) {
        List<String> titles = new ArrayList<>();
        response.json().forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    @Test
    void anAssumptionIsValidatedOrInvalidatedOnceAndOverdueWhenOpenPastItsDate() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Assumption project", 40_000);
        Api pm = Api.as(port, "pm");
        String log = "/api/v1/projects/" + project + "/assumptions";
        JsonNode past = pm.post(log, json(Map.of("title", "Vendor keeps prices", "validateBy", "2020-01-31"))).json();
        JsonNode future = pm.post(log, json(Map.of("title", "Team stays", "validateBy", "2099-01-31"))).json();
        assertThat(past.get("overdue").asBoolean()).isTrue();
        assertThat(future.get("overdue").asBoolean()).isFalse();

        long id = past.get("id").asLong();
        JsonNode validated = pm.post("/api/v1/assumptions/" + id + "/validate", json(Map.of("note", "Signed",
                "version", past.get("version").asLong()))).json();
        assertThat(validated.get("state").asString()).isEqualTo("VALIDATED");
        assertThat(validated.get("overdue").asBoolean()).isFalse();
        long version = validated.get("version").asLong();
        assertThat(pm.post("/api/v1/assumptions/" + id + "/invalidate", json(Map.of("version", version))).status())
                .isEqualTo(409);
        assertThat(pm.put("/api/v1/assumptions/" + id, json(Map.of("title", "Changed", "version", version)))
                .status()).isEqualTo(409);
        JsonNode invalidated = pm.post("/api/v1/assumptions/" + future.get("id").asLong() + "/invalidate",
                json(Map.of("version", future.get("version").asLong()))).json();
        assertThat(invalidated.get("state").asString()).isEqualTo("INVALIDATED");

        assertThat(titles(pm.get(log + "?state=VALIDATED"))).containsExactly("Vendor keeps prices");
        assertThat(titles(pm.get(log + "?sort=validateBy&descending=true")))
                .containsExactly("Team stays", "Vendor keeps prices");
        assertThat(fields(pm.post(log, json(Map.of("title", " "))))).containsExactly("title");
        assertThat(fields(pm.post(log, json(Map.of("title", "Far", "validateBy", "3001-01-01")))))
                .containsExactly("validateBy");
        assertThat(Api.as(port, "exec").post(log, json(Map.of("title", "Exec's"))).status()).isEqualTo(403);
        assertThat(Api.as(port, "requester").get(log).status()).isEqualTo(403);
        assertThat(pm.get(log).json()).hasSize(2);
        assertThat(pm.getAnything(log + ".csv").body()).contains("id,title,description,owner,validateBy,state")
                .contains("Vendor keeps prices");
        assertThat(audit.history("raid-assumption", id)).hasSize(2);
    }

    @Test
    void aDecisionRecordsWhoWhenTheOptionsAndTheChoiceAndIsCorrectedFromItsVersion() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Decision project", 40_000);
        Api pm = Api.as(port, "pm");
        String log = "/api/v1/projects/" + project + "/decisions";
        long pmId = pm.get("/api/v1/projects/" + project).json().get("manager").get("id").asLong();
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("title", "Build or buy");
        decision.put("decidedById", pmId);
        decision.put("decidedOn", "2026-03-02");
        decision.put("options", "Build; buy; rent");
        decision.put("chosen", "+Buy");
        decision.put("rationale", "-Faster");
        Api.Response recorded = pm.post(log, json(decision));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        pm.post(log, json(Map.of("title", "Older", "decidedOn", "2026-01-05", "chosen", "Yes")));
        assertThat(titles(pm.get(log))).containsExactly("Build or buy", "Older");
        assertThat(titles(pm.get(log + "?ascending=true"))).containsExactly("Older", "Build or buy");
        assertThat(titles(pm.get(log + "?decidedById=" + pmId))).containsExactly("Build or buy");

        long id = recorded.json().get("id").asLong();
        decision.put("chosen", "Rent");
        decision.put("version", recorded.json().get("version").asLong());
        JsonNode corrected = pm.put("/api/v1/decisions/" + id, json(decision)).json();
        assertThat(corrected.get("chosen").asString()).isEqualTo("Rent");
        assertThat(pm.put("/api/v1/decisions/" + id, json(decision)).status()).as("stale").isEqualTo(409);

        Map<String, Object> bad = new LinkedHashMap<>(decision);
        bad.remove("decidedOn");
        bad.put("chosen", "");
        bad.put("version", corrected.get("version").asLong());
        assertThat(fields(pm.post(log, json(bad)))).containsExactlyInAnyOrder("decidedOn", "chosen");
        bad.put("decidedOn", "2026-03-02");
        bad.put("chosen", "X");
        bad.put("decidedById", 987_654_321L);
        assertThat(fields(pm.put("/api/v1/decisions/" + id, json(bad)))).containsExactly("decidedById");
        assertThat(Api.as(port, "exec").put("/api/v1/decisions/" + id, json(bad)).status()).isEqualTo(403);
        assertThat(pm.getAnything(log + ".csv").body()).contains("'-Faster").doesNotContain(",-Faster")
                .contains(",Rent,");
        assertThat(audit.history("raid-decision", id)).hasSize(2);
    }
}
