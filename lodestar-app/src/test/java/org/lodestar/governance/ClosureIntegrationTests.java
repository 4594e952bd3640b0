package org.lodestar.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A project's closure: the report written by the project's editors, accepted by the gate board, which closes the
 * project; afterwards its governance is read only (409 naming why). Every refusal leaves nothing stored.
 */
class ClosureIntegrationTests extends PageTestSupport {

    private static final String COMPLETE = """
            {"checklist": {"DELIVERABLES_ACCEPTED": "YES", "CONTRACTS_CLOSED": "YES", "RESOURCES_RELEASED": "YES",
              "DOCUMENTS_ARCHIVED": "NOT_APPLICABLE", "LESSONS_SHARED": "YES"},
             "objectivesMet": "All three objectives met; the second one late.", "finalStart": "2026-01-05",
             "finalFinish": "2026-11-27", "finalCost": 412500.50, "lessons": "Plan the data migration earlier.",
             "benefitsOwner": "Head of customer service", "version": %d}""";

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    @Test
    void theProjectWritesTheReportTheBoardAcceptsItAndTheProjectClosesReadOnly() throws Exception {
        long project = GovernanceFixtures.project(port, "Closing CRM", "EXECUTION");
        JsonNode governance = GovernanceFixtures.adopt(port, project, "WATERFALL", 1, 1, 1, 1);
        String path = "/api/v1/projects/" + project + "/closure";
        Api pm = Api.as(port, "pm");
        Api board = Api.as(port, "portfolio");

        JsonNode none = Api.as(port, "exec").get(path).json();
        assertThat(none.get("state").isNull()).isTrue();
        assertThat(none.get("acts")).isEmpty();
        assertThat(pm.get(path).json().get("acts").toString()).isEqualTo("[\"write\"]");
        assertThat(Api.as(port, "requester").get(path).status()).isEqualTo(403);
        assertThat(Api.as(port, "exec").put(path, COMPLETE.formatted(0)).status()).isEqualTo(403);
        assertThat(board.post(path + "/acceptance", "{\"version\": 0}").status()).isEqualTo(409);

        Api.Response bad = pm.put(path, """
                {"checklist": {"NOPE": "YES"}, "objectivesMet": "%s", "finalStart": "2026-05-01",
                 "finalFinish": "2026-04-01", "finalCost": -1}""".formatted("x".repeat(4001)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("checklist.NOPE", "objectivesMet", "finalFinish",
                "finalCost");
        assertThat(pm.get(path).json().get("state").isNull()).isTrue();

        Api.Response drafted = pm.put(path, """
                {"checklist": {"DELIVERABLES_ACCEPTED": "YES", "CONTRACTS_CLOSED": "NO"},
                 "objectivesMet": "Mostly met"}""");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        JsonNode draft = drafted.json();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        long version = draft.get("version").asLong();
        assertThat(board.get(path).json().get("acts").toString()).contains("accept");

        assertThat(pm.post(path + "/acceptance", "{\"version\": " + version + "}").status()).isEqualTo(403);
        Api.Response incomplete = board.post(path + "/acceptance", "{\"version\": " + version + "}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(fields(incomplete)).containsExactlyInAnyOrder("checklist.RESOURCES_RELEASED",
                "checklist.DOCUMENTS_ARCHIVED", "checklist.LESSONS_SHARED", "finalFinish", "lessons",
                "benefitsOwner");
        assertThat(Api.as(port, "pmo").get("/api/v1/projects/" + project).json().get("state").asString())
                .isEqualTo("ACTIVE");

        assertThat(pm.put(path, COMPLETE.formatted(version + 1)).status()).isEqualTo(409);
        JsonNode complete = pm.put(path, COMPLETE.formatted(version)).json();
        assertThat(board.post(path + "/acceptance", "{\"version\": " + version + "}").status()).isEqualTo(409);

        Api.Response accepted = board.post(path + "/acceptance", "{\"version\": " + complete.get("version").asLong()
                + "}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("acceptedBy").get("code").asString()).isEqualTo("portfolio");
        assertThat(accepted.json().get("acts")).isEmpty();
        assertThat(Api.as(port, "pmo").get("/api/v1/projects/" + project).json().get("state").asString())
                .isEqualTo("CLOSED");

        Api.Response rewrite = Api.as(port, "pmo").put(path, COMPLETE.formatted(accepted.json().get("version")
                .asLong()));
        assertThat(rewrite.status()).isEqualTo(409);
        assertThat(rewrite.body()).contains("is closed", "\"state\":\"CLOSED\"");
        assertThat(board.post(path + "/acceptance", "{\"version\": " + accepted.json().get("version").asLong() + "}")
                .status()).isEqualTo(409);
        assertThat(Api.as(port, "pmo").post("/api/v1/projects/" + project + "/stakeholders", """
                {"name": "Late sponsor", "interest": "HIGH", "influence": "HIGH", "engagement": "NEUTRAL"}""")
                .status()).isEqualTo(409);
        assertThat(Api.as(port, "pmo").put("/api/v1/projects/" + project + "/governance/classification", """
                {"answers": {"size": 3, "complexity": 3, "risk": 3, "importance": 3}, "version": %d}"""
                .formatted(governance.get("version").asLong())).status()).isEqualTo(409);
        assertThat(Api.as(port, "pmo").get("/api/v1/projects/" + project + "/stakeholders").json()).isEmpty();
        assertThat(Api.as(port, "pmo").post("/api/v1/projects/" + project + "/communications", """
                {"audience": "Sponsors", "content": "Final report", "channel": "EMAIL", "frequency": "MONTHLY"}""")
                .status()).isEqualTo(409);

        List<String> audited = new ArrayList<>();
        Api.as(port, "pmo").get("/api/v1/audit?entityType=" + ProjectClosures.AUDIT_TYPE + "&entityId=" + project)
                .json().get("items").forEach(entry -> audited.add(entry.get("action").asString()));
        assertThat(audited).containsExactly("UPDATE", "UPDATE", "CREATE");

        String page = page("/projects/" + project + "/closure", "exec", Locale.KOREAN);
        assertThat(page).contains("종료 보고서", "승인됨", "산출물이 소유자에게 인수됨", "Head of customer service",
                "412500.50");
        assertThat(page("/projects/" + project + "/closure", "pm", Locale.FRENCH))
                .contains("Rapport de clôture", "Liste de clôture", "Plan the data migration earlier.");
    }

    @Test
    void aProjectThatMayNotCloseKeepsItsReportAsADraft() throws Exception {
        long portfolio = -1;
        for (JsonNode candidate : Api.as(port, "pmo").get("/api/v1/portfolios").json()) {
            if (candidate.path("manager").path("code").asString("").equals("portfolio")) {
                portfolio = candidate.get("id").asLong();
            }
        }
        Map<String, Object> proposal = ProjectFixtures.newProject("Proposed closure", portfolio);
        long project = Api.as(port, "pmo").post("/api/v1/projects", ProjectFixtures.json(proposal)).json().get("id")
                .asLong();
        String path = "/api/v1/projects/" + project + "/closure";
        JsonNode draft = Api.as(port, "pmo").put(path, COMPLETE.formatted(0)).json();
        assertThat(draft.get("acts").toString()).isEqualTo("[\"write\"]");

        Api.Response refused = Api.as(port, "pmo").post(path + "/acceptance",
                "{\"version\": " + draft.get("version").asLong() + "}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("cannot be closed", "\"state\":\"PROPOSED\"");
        assertThat(Api.as(port, "pmo").get(path).json().get("state").asString()).isEqualTo("DRAFT");
        assertThat(page("/projects/" + project + "/closure", "exec", Locale.JAPANESE)).contains("下書き");

        JsonNode proposed = Api.as(port, "pmo").post("/api/v1/projects", ProjectFixtures.json(
                ProjectFixtures.newProject("Cancelled closure", portfolio))).json();
        long cancelled = proposed.get("id").asLong();
        Api.Response cancel = Api.as(port, "pmo").post("/api/v1/projects/" + cancelled + "/cancel",
                "{\"version\": " + proposed.get("version").asLong() + "}");
        assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
        Api.Response ended = Api.as(port, "pmo").put("/api/v1/projects/" + cancelled + "/closure", COMPLETE.formatted(0));
        assertThat(ended.status()).isEqualTo(409);
        assertThat(ended.body()).contains("\"state\":\"CANCELLED\"");
        assertThat(Api.as(port, "pmo").get("/api/v1/projects/" + cancelled + "/closure").json().get("state").isNull())
                .isTrue();
    }

    @Test
    void theReportIsWrittenAndAcceptedOnItsPageKeepingWhatWasTypedWhenRefused() throws Exception {
        long project = GovernanceFixtures.project(port, "Closing on the page", "EXECUTION");
        String page = "/projects/" + project + "/closure";
        assertThat(page(page, "exec", Locale.ENGLISH)).doesNotContain("id=\"closure-form\"");
        assertThat(page(page, "pm", Locale.ENGLISH)).contains("id=\"closure-form\"")
                .doesNotContain("id=\"accept-form\"");
        assertThat(mvc.perform(post(page).with(as("exec")).with(csrf()).param("lessons", "x")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);

        String refused = mvc.perform(post(page).with(as("pm")).with(csrf()).param("finalCost", "12,5x")
                        .param("lessons", "Typed lessons").param("checklist.DELIVERABLES_ACCEPTED", "YES"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"problems\"", "12,5x", "Typed lessons");
        assertThat(Api.as(port, "pm").get("/api/v1" + page).json().get("state").isNull()).isTrue();

        MockHttpServletRequestBuilder write = post(page).with(as("pm")).with(csrf())
                .param("objectivesMet", "Met").param("finalStart", "2026-01-05").param("finalFinish", "2026-11-20")
                .param("finalCost", "1000.25").param("lessons", "Start early").param("benefitsOwner", "Operations");
        for (String item : List.of("DELIVERABLES_ACCEPTED", "CONTRACTS_CLOSED", "RESOURCES_RELEASED",
                "DOCUMENTS_ARCHIVED", "LESSONS_SHARED")) {
            write = write.param("checklist." + item, "YES");
        }
        assertThat(mvc.perform(write).andReturn().getResponse().getRedirectedUrl()).isEqualTo(page);
        JsonNode draft = Api.as(port, "pm").get("/api/v1" + page).json();
        assertThat(draft.get("finalCost").decimalValue()).isEqualByComparingTo("1000.25");
        assertThat(page(page, "portfolio", Locale.ENGLISH)).contains("id=\"accept-form\"");
        assertThat(mvc.perform(post(page + "/acceptance").with(as("pm")).with(csrf())
                .param("version", draft.get("version").asString())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(page + "/acceptance").with(as("portfolio")).with(csrf())
                        .param("version", draft.get("version").asString()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(page);
        assertThat(Api.as(port, "pmo").get("/api/v1/projects/" + project).json().get("state").asString())
                .isEqualTo("CLOSED");
        assertThat(page(page, "pm", Locale.ENGLISH)).doesNotContain("id=\"closure-form\"", "id=\"accept-form\"");
    }
}
