package org.lodestar.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.intake.IntakeFixtures.version;
import static org.lodestar.intake.RequestWorkflowApiIntegrationTests.created;
import static org.lodestar.intake.RequestWorkflowApiIntegrationTests.ok;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * Who takes which act of the request workflow, as the API and the page offer it, and how each role lists requests.
 * The demo's portfolio manager ({@code portfolio}) manages portfolio 1 and not portfolio 2.
 */
class RequestRightsIntegrationTests extends PageTestSupport {

    private static final String DECISION = "{\"reason\": \"Fits the strategy\", \"date\": \""
            + java.time.LocalDate.now() + "\", \"version\": %d}";

    @Test
    void aPortfolioManagerReviewsTheRequestsOfTheirPortfolioOnly() {
        JsonNode own = IntakeFixtures.inEvaluation(port, "Reviewed by its portfolio", null);
        JsonNode other = inEvaluation("Reviewed by another portfolio", 2);
        Api portfolio = Api.as(port, "portfolio");

        assertThat(names(portfolio.get("/api/v1/requests/" + own.get("id").asLong()).json().get("actions")))
                .containsExactlyInAnyOrder("approve", "reject", "defer", "return");
        JsonNode foreign = portfolio.get("/api/v1/requests/" + other.get("id").asLong()).json();
        assertThat(foreign.get("actions")).isEmpty();
        assertThat(foreign.get("editable").asBoolean()).isFalse();

        assertThat(portfolio.post("/api/v1/requests/" + other.get("id").asLong() + "/approve",
                DECISION.formatted(other.get("version").asLong())).status()).isEqualTo(403);
        assertThat(portfolio.post("/api/v1/requests/" + own.get("id").asLong() + "/approve",
                DECISION.formatted(own.get("version").asLong())).status()).isEqualTo(200);
        assertThat(names(Api.as(port, "pmo").get("/api/v1/requests/" + other.get("id").asLong()).json()
                .get("actions"))).containsExactlyInAnyOrder("approve", "reject", "defer", "return");
    }

    @Test
    void theRequestPageOffersEachRoleTheActsTheApiAllowsIt() throws Exception {
        long id = IntakeFixtures.inEvaluation(port, "Offered acts", null).get("id").asLong();

        assertThat(page("/requests/" + id, "pmo")).contains("id=\"act-approve\"").contains("id=\"return-form\"");
        assertThat(page("/requests/" + id, "portfolio")).contains("id=\"act-approve\"");
        for (String reader : List.of("exec", "requester")) {
            assertThat(page("/requests/" + id, reader)).as(reader).doesNotContain("id=\"act-approve\"")
                    .doesNotContain("id=\"return-form\"");
            assertThat(Api.as(port, reader).get("/api/v1/requests/" + id).json().get("actions")).as(reader).isEmpty();
        }
    }

    @Test
    void theRequesterEditsADraftButNotTheSameRequestInReview() throws Exception {
        Api requester = Api.as(port, "requester");
        JsonNode draft = created(requester.post("/api/v1/requests", """
                {"typeId": 1, "title": "Mine to edit", "portfolioId": 1, "category": "Digital",
                 "values": {"problem": "A problem", "outcome": "An outcome", "urgency": "intake.default.choice.medium"}}
                """));
        long id = draft.get("id").asLong();
        assertThat(draft.get("editable").asBoolean()).isTrue();
        assertThat(names(draft.get("actions"))).containsExactly("submit");
        assertThat(mvc.perform(get("/requests/" + id + "/edit").with(as("requester"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);

        JsonNode submitted = ok(requester.post("/api/v1/requests/" + id + "/submit", version(draft)));

        assertThat(submitted.get("editable").asBoolean()).isFalse();
        assertThat(submitted.get("actions")).isEmpty();
        // the act is theirs, the state does not allow it: 409 on both paths
        assertThat(mvc.perform(get("/requests/" + id + "/edit").with(as("requester"))).andReturn().getResponse()
                .getStatus()).isEqualTo(409);
        assertThat(requester.put("/api/v1/requests/" + id, """
                {"title": "Changed in review", "version": %d}""".formatted(submitted.get("version").asLong()))
                .status()).isEqualTo(409);
    }

    @Test
    void everyRoleListsTheRequestsItMayReadFilteredByState() {
        long submitted = inEvaluation("Listed for every role", 1).get("id").asLong();
        Api requester = Api.as(port, "requester");
        long draft = created(requester.post("/api/v1/requests", """
                {"typeId": 1, "title": "A draft of the requester", "portfolioId": 1}""")).get("id").asLong();

        // the requester: their own, in every state or the ones asked for; never refused
        Api.Response drafts = requester.get("/api/v1/requests?state=DRAFT");
        assertThat(drafts.status()).isEqualTo(200);
        assertThat(ids(drafts.json())).contains(draft).doesNotContain(submitted);
        assertThat(states(drafts.json())).containsOnly("DRAFT");
        assertThat(ids(requester.get("/api/v1/requests").json())).contains(draft, submitted);
        assertThat(states(requester.get("/api/v1/requests?mine=true&state=EVALUATION").json()))
                .containsOnly("EVALUATION");

        // the executive: everyone's but drafts, the state filter narrowing the same list
        Api exec = Api.as(port, "exec");
        List<Long> everything = ids(exec.get("/api/v1/requests").json());
        List<Long> inEvaluation = ids(exec.get("/api/v1/requests?state=EVALUATION").json());
        assertThat(everything).contains(submitted).doesNotContain(draft).containsAll(inEvaluation);
        assertThat(inEvaluation).contains(submitted);

        // the PMO: the same requests in review or decided (each sees their own drafts besides)
        assertThat(ids(Api.as(port, "pmo").get("/api/v1/requests?state=EVALUATION").json()))
                .containsExactlyInAnyOrderElementsOf(inEvaluation);
    }

    @Test
    void anExecutiveFilesRequestsLikeAnyoneThroughTheWebAndTheApi() throws Exception {
        assertThat(Api.as(port, "exec").post("/api/v1/requests", """
                {"typeId": 1, "title": "An idea of the COO", "portfolioId": 1}""").status()).isEqualTo(201);
        assertThat(mvc.perform(get("/requests/new").param("typeId", "1").with(as("exec"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(post("/requests").with(as("exec")).with(csrf()).param("typeId", "1")
                .param("title", "Another idea of the COO").param("currency", "EUR")).andReturn().getResponse()
                .getRedirectedUrl()).startsWith("/requests/");
    }

    /** A complete request of the requester in the given portfolio, taken by the PMO as far as evaluation. */
    private JsonNode inEvaluation(String title, long portfolio) {
        Api requester = Api.as(port, "requester");
        Api pmo = Api.as(port, "pmo");
        JsonNode request = created(requester.post("/api/v1/requests", """
                {"typeId": 1, "title": "%s", "portfolioId": %d, "category": "Digital",
                 "values": {"problem": "A problem", "outcome": "An outcome", "urgency": "intake.default.choice.medium"}}
                """.formatted(title, portfolio)));
        long id = request.get("id").asLong();
        request = ok(requester.post("/api/v1/requests/" + id + "/submit", version(request)));
        request = ok(pmo.post("/api/v1/requests/" + id + "/screen", version(request)));
        return ok(pmo.post("/api/v1/requests/" + id + "/evaluate", version(request)));
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andReturn().getResponse().getContentAsString();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.asString()));
        return names;
    }

    private static List<Long> ids(JsonNode rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }

    private static List<String> states(JsonNode rows) {
        List<String> states = new ArrayList<>();
        rows.forEach(row -> states.add(row.get("state").asString()));
        return states;
    }
}
