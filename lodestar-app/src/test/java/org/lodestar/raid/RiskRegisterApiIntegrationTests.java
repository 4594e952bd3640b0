package org.lodestar.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.AuditEvent;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.People;
import org.lodestar.status.StatusFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The risk register through the API: its acts from each state, its rules, its rights, its audit and its matrix. */
class RiskRegisterApiIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AuditTrail audit;

    static Map<String, Object> threat(int probability, int impact) {
        Map<String, Object> risk = new LinkedHashMap<>();
        risk.put("kind", "THREAT");
        risk.put("title", "Supplier late");
        risk.put("cause", "One supplier for the main component");
        risk.put("event", "The supplier delivers late");
        risk.put("effect", "Integration slips a month");
        risk.put("category", "Supply");
        risk.put("probability", probability);
        risk.put("impact", impact);
        risk.put("strategy", "REDUCE");
        risk.put("trigger", "No confirmed date by March");
        risk.put("proximity", "2026-06-30");
        return risk;
    }

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static String act(long version) {
        return "{\"version\": " + version + "}";
    }

    @Test
    void aPmRaisesReassessesActsOnAndClosesARiskEachChangeAudited() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Risky project", 90_000);
        Api pm = Api.as(port, "pm");

        Api.Response raised = pm.post("/api/v1/projects/" + project + "/risks", json(threat(4, 4)));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        JsonNode risk = raised.json();
        long id = risk.get("id").asLong();
        assertThat(risk.get("score").asInt()).isEqualTo(16);
        assertThat(risk.get("state").asString()).isEqualTo("OPEN");
        assertThat(risk.get("history")).hasSize(1);

        JsonNode reassessed = pm.post("/api/v1/risks/" + id + "/reassess", json(Map.of("probability", 2, "impact", 4,
                "residualProbability", 1, "residualImpact", 2, "version", risk.get("version").asLong()))).json();
        assertThat(reassessed.get("score").asInt()).isEqualTo(8);
        assertThat(reassessed.get("residualProbability").asInt()).isEqualTo(1);
        assertThat(reassessed.get("history")).hasSize(2);
        assertThat(reassessed.get("history").get(0).get("score").asInt()).isEqualTo(16);
        assertThat(reassessed.get("history").get(1).get("score").asInt()).isEqualTo(8);

        JsonNode withAction = pm.post("/api/v1/risks/" + id + "/actions", json(Map.of("description",
                "Qualify a second supplier", "due", "2026-04-30", "version", reassessed.get("version").asLong())))
                .json();
        assertThat(withAction.get("actions").get(0).get("done").asBoolean()).isFalse();
        JsonNode done = pm.post("/api/v1/risks/" + id + "/actions/0/complete",
                act(withAction.get("version").asLong())).json();
        assertThat(done.get("actions").get(0).get("done").asBoolean()).isTrue();
        // an action done already cannot be completed again; one that does not exist is 404
        assertThat(pm.post("/api/v1/risks/" + id + "/actions/0/complete", act(done.get("version").asLong()))
                .status()).isEqualTo(409);
        assertThat(pm.post("/api/v1/risks/" + id + "/actions/5/complete", act(done.get("version").asLong()))
                .status()).isEqualTo(404);

        JsonNode closed = pm.post("/api/v1/risks/" + id + "/close", act(done.get("version").asLong())).json();
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        long version = closed.get("version").asLong();
        // a closed risk is not reassessed, described, given actions or closed again: 409, nothing stored
        assertThat(pm.post("/api/v1/risks/" + id + "/close", act(version)).status()).isEqualTo(409);
        assertThat(pm.post("/api/v1/risks/" + id + "/reassess", json(Map.of("probability", 5, "impact", 5,
                "version", version))).status()).isEqualTo(409);
        Map<String, Object> described = threat(1, 1);
        described.put("version", version);
        assertThat(pm.put("/api/v1/risks/" + id, json(described)).status()).isEqualTo(409);
        assertThat(pm.post("/api/v1/risks/" + id + "/actions", json(Map.of("description", "Late",
                "version", version))).status()).isEqualTo(409);
        assertThat(pm.get("/api/v1/risks/" + id).json().get("score").asInt()).isEqualTo(8);

        JsonNode reopened = pm.post("/api/v1/risks/" + id + "/reopen", act(version)).json();
        assertThat(reopened.get("state").asString()).isEqualTo("OPEN");
        // an open risk is not reopened
        assertThat(pm.post("/api/v1/risks/" + id + "/reopen", act(reopened.get("version").asLong())).status())
                .isEqualTo(409);

        described.put("version", reopened.get("version").asLong());
        described.put("title", "Supplier very late");
        JsonNode redescribed = pm.put("/api/v1/risks/" + id, json(described)).json();
        assertThat(redescribed.get("title").asString()).isEqualTo("Supplier very late");
        assertThat(redescribed.get("score").asInt()).as("describing keeps the score").isEqualTo(8);

        List<AuditEvent> history = audit.history("risk", id);
        assertThat(history).hasSize(7);
    }

    @Test
    void aStaleVersionIs409WithTheCurrentVersionAndAMissingOne400() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Stale risk project", 50_000);
        Api pm = Api.as(port, "pm");
        JsonNode risk = pm.post("/api/v1/projects/" + project + "/risks", json(threat(3, 3))).json();
        long id = risk.get("id").asLong();
        long version = risk.get("version").asLong();
        pm.post("/api/v1/risks/" + id + "/reassess", json(Map.of("probability", 2, "impact", 2, "version", version)));

        Api.Response stale = pm.post("/api/v1/risks/" + id + "/reassess", json(Map.of("probability", 5, "impact", 5,
                "version", version)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(version + 1);
        Api.Response missing = pm.post("/api/v1/risks/" + id + "/close", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("version");
        assertThat(pm.get("/api/v1/risks/" + id).json().get("score").asInt()).isEqualTo(4);
    }

    @Test
    void badInputIs400NamingTheFieldAndNothingIsStored() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Bad risk project", 50_000);
        Api pm = Api.as(port, "pm");
        String risks = "/api/v1/projects/" + project + "/risks";

        assertThat(fields(pm.post(risks, json(threat(0, 3))))).containsExactly("probability");
        assertThat(fields(pm.post(risks, json(threat(6, 3))))).containsExactly("probability");
        assertThat(fields(pm.post(risks, json(threat(3, 0))))).containsExactly("impact");
        assertThat(fields(pm.post(risks, json(threat(3, 6))))).containsExactly("impact");
        Map<String, Object> unscored = threat(3, 3);
        unscored.remove("probability");
        assertThat(fields(pm.post(risks, json(unscored)))).containsExactly("probability");
        Map<String, Object> mismatched = threat(3, 3);
        mismatched.put("strategy", "EXPLOIT");
        assertThat(fields(pm.post(risks, json(mismatched)))).containsExactly("strategy");
        Map<String, Object> opportunity = threat(3, 3);
        opportunity.put("kind", "OPPORTUNITY");
        assertThat(fields(pm.post(risks, json(opportunity)))).containsExactly("strategy");
        Map<String, Object> halfResidual = threat(3, 3);
        halfResidual.put("residualProbability", 2);
        assertThat(fields(pm.post(risks, json(halfResidual)))).containsExactly("residualImpact");
        Map<String, Object> residualOut = threat(3, 3);
        residualOut.put("residualProbability", 7);
        residualOut.put("residualImpact", 1);
        assertThat(fields(pm.post(risks, json(residualOut)))).contains("residualProbability");
        Map<String, Object> unknownOwner = threat(3, 3);
        unknownOwner.put("ownerId", 987_654_321L);
        assertThat(fields(pm.post(risks, json(unknownOwner)))).containsExactly("ownerId");
        Map<String, Object> untitled = threat(3, 3);
        untitled.put("title", " ");
        assertThat(fields(pm.post(risks, json(untitled)))).containsExactly("title");
        assertThat(pm.get(risks).json()).isEmpty();

        opportunity.put("strategy", "EXPLOIT");
        assertThat(pm.post(risks, json(opportunity)).status()).isEqualTo(201);
        JsonNode risk = pm.get(risks).json().get(0);
        long id = risk.get("id").asLong();
        Api.Response badReassessment = pm.post("/api/v1/risks/" + id + "/reassess", json(Map.of("probability", 3,
                "impact", 9, "version", risk.get("version").asLong())));
        assertThat(fields(badReassessment)).containsExactly("impact");
        assertThat(pm.get("/api/v1/risks/" + id).json().get("history")).hasSize(1);
    }

    @Test
    void readersReadTheRegisterWritersChangeItRequestersSeeNothing() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Rights risk project", 50_000);
        String risks = "/api/v1/projects/" + project + "/risks";
        long id = Api.as(port, "pmo").post(risks, json(threat(2, 2))).json().get("id").asLong();

        assertThat(Api.as(port, "pm").get("/api/v1/risks/" + id).json().get("editable").asBoolean()).isTrue();
        JsonNode read = Api.as(port, "exec").get("/api/v1/risks/" + id).json();
        assertThat(read.get("editable").asBoolean()).isFalse();
        assertThat(Api.as(port, "exec").post(risks, json(threat(2, 2))).status()).isEqualTo(403);
        assertThat(Api.as(port, "exec").post("/api/v1/risks/" + id + "/close", "{}").status()).isEqualTo(403);
        assertThat(Api.as(port, "resource").post("/api/v1/risks/" + id + "/reassess", "{}").status()).isEqualTo(403);
        assertThat(Api.as(port, "requester").get(risks).status()).isEqualTo(403);
        assertThat(Api.as(port, "requester").get("/api/v1/risks/" + id).status()).isEqualTo(403);
        assertThat(Api.as(port, "pm").get("/api/v1/risks/987654321").status()).isEqualTo(404);
        assertThat(Api.as(port, "pm").get(risks).json()).hasSize(1);
    }

    @Test
    void theMatrixCountsOpenRisksByProbabilityAndImpactAndListsTheTopOnes() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Matrix risk project", 50_000);
        Api pm = Api.as(port, "pm");
        String risks = "/api/v1/projects/" + project + "/risks";
        pm.post(risks, json(threat(5, 4)));
        pm.post(risks, json(threat(5, 4)));
        pm.post(risks, json(threat(1, 2)));
        JsonNode closing = pm.post(risks, json(threat(5, 5))).json();
        pm.post("/api/v1/risks/" + closing.get("id").asLong() + "/close", act(closing.get("version").asLong()));

        JsonNode matrix = pm.get("/api/v1/projects/" + project + "/risk-matrix?top=2").json();
        assertThat(matrix.get("open").asInt()).isEqualTo(3);
        assertThat(matrix.get("counts").get(4).get(3).asInt()).isEqualTo(2);
        assertThat(matrix.get("counts").get(0).get(1).asInt()).isEqualTo(1);
        assertThat(matrix.get("counts").get(4).get(4).asInt()).as("closed risks are off the matrix").isZero();
        assertThat(matrix.get("top")).hasSize(2);
        assertThat(matrix.get("top").get(0).get("score").asInt()).isEqualTo(20);
    }

    @Test
    void thePortfolioMatrixGathersTheOpenRisksOfItsProjects() {
        Api pmo = Api.as(port, "pmo");
        Api.Response portfolio = pmo.post("/api/v1/portfolios", "{\"code\": \"RSK\", \"name\": \"Risky portfolio\"}");
        assertThat(portfolio.status()).as(portfolio.body()).isEqualTo(201);
        long portfolioId = portfolio.json().get("id").asLong();
        long first = pmo.post("/api/v1/projects", json(org.lodestar.portfolio.ProjectFixtures.newProject(
                "First risky", portfolioId))).json().get("id").asLong();
        long second = pmo.post("/api/v1/projects", json(org.lodestar.portfolio.ProjectFixtures.newProject(
                "Second risky", portfolioId))).json().get("id").asLong();
        pmo.post("/api/v1/projects/" + first + "/risks", json(threat(3, 5)));
        pmo.post("/api/v1/projects/" + second + "/risks", json(threat(3, 5)));
        pmo.post("/api/v1/projects/" + second + "/risks", json(threat(2, 1)));
        JsonNode closing = pmo.post("/api/v1/projects/" + second + "/risks", json(threat(4, 5))).json();
        pmo.post("/api/v1/risks/" + closing.get("id").asLong() + "/close", act(closing.get("version").asLong()));

        JsonNode matrix = Api.as(port, "exec").get("/api/v1/portfolios/" + portfolioId + "/risk-matrix?top=1").json();
        assertThat(matrix.get("open").asInt()).isEqualTo(3);
        assertThat(matrix.get("counts").get(2).get(4).asInt()).isEqualTo(2);
        assertThat(matrix.get("counts").get(1).get(0).asInt()).isEqualTo(1);
        assertThat(matrix.get("counts").get(3).get(4).asInt()).isZero();
        assertThat(matrix.get("top")).hasSize(1);
        assertThat(matrix.get("top").get(0).get("score").asInt()).isEqualTo(15);
        assertThat(Api.as(port, "requester").get("/api/v1/portfolios/" + portfolioId + "/risk-matrix").status())
                .isEqualTo(403);
        assertThat(Api.as(port, "exec").get("/api/v1/portfolios/987654321/risk-matrix").status()).isEqualTo(404);
    }
}
