package org.lodestar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.status.StatusFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Someone who may not change a resource at all is refused (403) whatever they send: an empty body, a body that
 * breaks every rule, a body that is not even of the right types. Answering 400 would tell them the rules of a
 * resource they cannot change. Asked as the executive, who reads everything and changes none of these.
 */
class AuthorisationBeforeValidationIntegrationTests extends PageTestSupport {

    /** Bodies that the resource's validation would refuse with 400, each for its own reason. */
    private static final List<String> INVALID = List.of("{}", "{\"name\": \"\", \"version\": -1}",
            "{\"name\": 12, \"plannedStart\": \"2024-02-30\", \"portfolioId\": \"x\", \"version\": \"new\"}");

    @Autowired
    People people;

    Api exec;

    @BeforeEach
    void signIn() {
        exec = Api.as(port, "exec");
    }

    @Test
    void projects() {
        refusedWhateverTheBody("PUT", "/api/v1/projects/1");
        refusedWhateverTheBody("POST", "/api/v1/projects");
        refusedWhateverTheBody("POST", "/api/v1/projects/1/members");
        assertThat(exec.send("PUT", "/api/v1/projects/1", "{}", "not-a-version").status()).isEqualTo(403);
        assertThat(exec.send("DELETE", "/api/v1/projects/1", null).status()).isEqualTo(403);
    }

    @Test
    void portfoliosAndProgrammes() {
        refusedWhateverTheBody("PUT", "/api/v1/portfolios/1");
        refusedWhateverTheBody("POST", "/api/v1/portfolios");
        refusedWhateverTheBody("POST", "/api/v1/programmes");
        long programme = Api.as(port, "pmo").get("/api/v1/programmes").json().get(0).get("id").asLong();
        refusedWhateverTheBody("PUT", "/api/v1/programmes/" + programme);
    }

    @Test
    void plans() throws Exception {
        // the plan grid's edits on the page: an unknown field is refused 403 before it is looked at
        assertThat(mvc.perform(patch("/projects/1/plan/tasks/1").with(as("exec")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"field\": \"bogus\", \"value\": \"1d\"}")
                .header("If-Match", "not-a-version")).andReturn().getResponse().getStatus()).isEqualTo(403);
        refusedWhateverTheBody("PUT", "/api/v1/projects/1/plan");
        refusedWhateverTheBody("POST", "/api/v1/projects/1/plan/tasks");
        refusedWhateverTheBody("POST", "/api/v1/projects/1/plan/dependencies");
    }

    @Test
    void requestsInReview() {
        long request = requestInEvaluation();
        for (String act : List.of("submit", "screen", "evaluate", "approve", "reject", "defer", "reconsider", "return",
                "convert")) {
            refusedWhateverTheBody("POST", "/api/v1/requests/" + request + "/" + act);
        }
        refusedWhateverTheBody("PUT", "/api/v1/requests/" + request);
        refusedWhateverTheBody("PUT", "/api/v1/requests/" + request + "/financials");
    }

    @Test
    void statusReports() {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Authorisation first", 100_000);
        Api.Response started = Api.as(port, "pm").post("/api/v1/projects/" + project + "/status-reports", "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long report = started.json().get("id").asLong();

        refusedWhateverTheBody("PUT", "/api/v1/status-reports/" + report);
        for (String act : List.of("submit", "return", "publish")) {
            refusedWhateverTheBody("POST", "/api/v1/status-reports/" + report + "/" + act);
        }
        refusedWhateverTheBody("POST", "/api/v1/projects/" + project + "/status-reports");
    }

    @Test
    void scoringModelsAndScenarios() {
        refusedWhateverTheBody("POST", "/api/v1/scoring-models");
        long model = Api.as(port, "pmo").get("/api/v1/scoring-models").json().get(0).get("id").asLong();
        refusedWhateverTheBody("PUT", "/api/v1/scoring-models/" + model);
        refusedWhateverTheBody("POST", "/api/v1/scenarios");
        long scenario = Api.as(port, "pmo").get("/api/v1/scenarios").json().get(0).get("id").asLong();
        refusedWhateverTheBody("PUT", "/api/v1/scenarios/" + scenario);
    }

    @Test
    void organisationSettings() {
        refusedWhateverTheBody("POST", "/api/v1/request-types");
        refusedWhateverTheBody("PUT", "/api/v1/request-types/1");
        refusedWhateverTheBody("POST", "/api/v1/status/cycles");
        refusedWhateverTheBody("PUT", "/api/v1/status/thresholds/planning.finishSlippage");
    }

    @Test
    void thePagesRefuseAFormTheyCannotEvenReadToWhoeverMayNotSaveIt() throws Exception {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Authorisation first, pages", 100_000);
        long report = Api.as(port, "pm").post("/api/v1/projects/" + project + "/status-reports", "{}").json()
                .get("id").asLong();
        long request = requestInEvaluation();
        // every form carries a value that cannot be bound: those who may save it get the form back with the problem
        for (String path : List.of("/status/reports/" + report, "/scoring", "/scenarios", "/request-types",
                "/requests/" + request, "/status/cycles", "/status/thresholds/planning.finishSlippage")) {
            int status = mvc.perform(post(path).with(as("exec")).with(csrf()).param("percentComplete", "many")
                    .param("quarters", "many").param("version", "new").param("amberAt", "x").param("dueDay", "x")
                    .param("budget", "12k")).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isEqualTo(403);
        }
    }

    @Test
    void aProjectManagerIsRefusedAProjectTheyDoNotManageWhateverTheBody() {
        Api pm = Api.as(port, "pm");
        long foreign = firstProjectWhere(pm, false);

        for (String body : INVALID) {
            assertThat(pm.send("PUT", "/api/v1/projects/" + foreign, body).status()).as(body).isEqualTo(403);
            assertThat(pm.send("PUT", "/api/v1/projects/" + foreign + "/plan", body).status()).as(body).isEqualTo(403);
        }
    }

    @Test
    void oneWhoMayChangeTheResourceStillGetsTheValidationProblems() {
        Api pmo = Api.as(port, "pmo");
        long version = pmo.get("/api/v1/projects/1").json().get("version").asLong();

        Api.Response response = pmo.put("/api/v1/projects/1", "{\"name\": \"\", \"version\": " + version + "}");

        assertThat(response.status()).isEqualTo(400);
    }

    private void refusedWhateverTheBody(String method, String path) {
        for (String body : INVALID) {
            Api.Response response = exec.send(method, path, body);
            assertThat(response.status()).as(method + " " + path + " " + body + ": " + response.body()).isEqualTo(403);
        }
    }

    private long requestInEvaluation() {
        for (JsonNode row : Api.as(port, "pmo").get("/api/v1/requests?state=EVALUATION").json()) {
            return row.get("id").asLong();
        }
        throw new AssertionError("the demo has a request in evaluation");
    }

    private static long firstProjectWhere(Api reader, boolean editable) {
        for (JsonNode row : reader.get("/api/v1/projects?size=100&sort=code").json().get("items")) {
            long id = row.get("id").asLong();
            if (reader.get("/api/v1/projects/" + id).json().get("editable").asBoolean() == editable) return id;
        }
        throw new AssertionError("no such project");
    }
}
