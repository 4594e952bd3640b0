package org.lodestar.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A project's lifecycle acts over the API: allowed ones change the state and are audited, others are 409. */
class ProjectActsApiIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    Api pmo;
    long project;
    String path;

    @BeforeEach
    void aProposedProject() {
        pmo = Api.as(port, "pmo");
        project = pmo.post("/api/v1/projects", json(newProject("Acts trial", 1))).json().get("id").asLong();
        path = "/api/v1/projects/" + project;
    }

    @Test
    void aProposedProjectIsActivatedPutOnHoldResumedAndClosedEachStepAudited() {
        JsonNode active = ok(pmo.post(path + "/activate", version()));
        assertThat(active.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(ok(pmo.post(path + "/put-on-hold", version())).get("state").asString()).isEqualTo("ON_HOLD");
        assertThat(ok(pmo.post(path + "/resume", version())).get("state").asString()).isEqualTo("ACTIVE");

        Api.Response closed = pmo.send("POST", path + "/close", null, "\"" + current().get("version").asLong() + "\"");

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("state").asString()).isEqualTo("CLOSED");
        JsonNode history = pmo.get(path + "/audit").json();
        assertThat(history.get(0).get("changes").get(0).get("field").asString()).isEqualTo("state");
        assertThat(history.get(0).get("changes").get(0).get("newValue").asString()).isEqualTo("CLOSED");
    }

    @Test
    void anActTheStateDoesNotAllowIs409NamingStateAndAct() {
        Api.Response refused = pmo.post(path + "/close", version());

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("state").asString()).isEqualTo("PROPOSED");
        assertThat(refused.json().get("act").asString()).isEqualTo("CLOSE");
        assertThat(refused.json().get("detail").asString()).contains("Proposed").contains("Close");
        assertThat(current().get("state").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void aStaleVersionIs409AndAReaderWhoMayNotEditIs403() {
        long stale = current().get("version").asLong() - 1;

        assertThat(pmo.post(path + "/activate", "{\"version\": " + stale + "}").json().get("type").asString())
                .endsWith("stale-version");
        assertThat(Api.as(port, "exec").post(path + "/activate", version()).status()).isEqualTo(403);
        assertThat(pmo.post(path + "/activate", "{}").status()).isEqualTo(400);
    }

    @Test
    void aStateChangeInTheWholeProjectGoesThroughTheSameTable() {
        Map<String, Object> closing = newProject("Acts trial", 1);
        closing.put("state", "CLOSED");
        closing.put("version", current().get("version").asLong());

        Api.Response refused = pmo.put(path, json(closing));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("allowedActs").toString()).contains("activate").contains("cancel");
        closing.put("state", "ACTIVE");
        assertThat(pmo.put(path, json(closing)).status()).isEqualTo(200);
    }

    @Test
    void aProjectMovesToAnotherPortfolioUnlessItIsClosedOrCancelled() {
        JsonNode moved = ok(pmo.post(path + "/move", "{\"portfolioId\": 2, \"version\": %d}"
                .formatted(current().get("version").asLong())));
        assertThat(moved.get("portfolio").get("id").asLong()).isEqualTo(2);
        assertThat(pmo.post(path + "/move", "{\"portfolioId\": 1, \"programmeId\": 987654, \"version\": %d}"
                .formatted(moved.get("version").asLong())).status()).isEqualTo(400);

        ok(pmo.post(path + "/cancel", version()));
        Api.Response refused = pmo.post(path + "/move", "{\"portfolioId\": 1, \"version\": %d}"
                .formatted(current().get("version").asLong()));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(current().get("portfolio").get("id").asLong()).isEqualTo(2);
    }

    private JsonNode current() {
        return pmo.get(path).json();
    }

    private String version() {
        return "{\"version\": " + current().get("version").asLong() + "}";
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
