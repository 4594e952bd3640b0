package org.lodestar.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.change.ChangeFixtures.request;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/** The change log and the steering committee's list: raised, routed, approved, in four languages. */
class ChangePagesIntegrationTests extends PageTestSupport {

    @Autowired
    People people;

    @Test
    void aPmRaisesAndSubmitsAChangeOnThePageAndTheCommitteeApprovesItFromItsList() throws Exception {
        long project = ChangeFixtures.project(port, people, "Paged changes", true);
        String log = "/projects/" + project + "/changes";
        assertThat(page(log, "pm", Locale.ENGLISH)).contains("id=\"raise-change\"", "No change requests yet.");

        MockHttpServletResponse bad = mvc.perform(post(log).with(as("pm")).with(csrf()).param("title", "Bigger scope")
                .param("reason", "").param("scheduleDays", "30").param("costAmount", "70000")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("id=\"reason-error\"");
        assertThat(Api.as(port, "pm").get("/api/v1/projects/" + project + "/change-requests").json()).isEmpty();

        MockHttpServletResponse raised = mvc.perform(post(log).with(as("pm")).with(csrf()).param("title", "Bigger scope")
                .param("reason", "The regulator asks").param("scheduleDays", "30").param("costAmount", "70000"))
                .andReturn().getResponse();
        assertThat(raised.getRedirectedUrl()).isEqualTo(log);
        JsonNode draft = Api.as(port, "pm").get("/api/v1/projects/" + project + "/change-requests").json().get(0);
        long id = draft.get("id").asLong();
        MockHttpServletResponse submitted = mvc.perform(post("/change-requests/" + id + "/submit").with(as("pm"))
                .with(csrf()).param("version", draft.get("version").asString())).andReturn().getResponse();
        assertThat(submitted.getRedirectedUrl()).isEqualTo(log);

        assertThat(page(log, "pm", Locale.ENGLISH)).contains("Bigger scope", "The steering committee", "Submitted")
                .doesNotContain("class=\"approve-change\"");
        assertThat(page("/change-requests/awaiting", "portfolio", Locale.ENGLISH)).contains("Bigger scope",
                "class=\"approve-change\"", "name=\"back\" value=\"awaiting\"");
        assertThat(page(log, "pm", Locale.FRENCH)).contains("Journal des modifications", "Le comité de pilotage");
        assertThat(page(log, "pm", Locale.JAPANESE)).contains("変更ログ", "ステアリングコミッティ");
        assertThat(page(log, "pm", Locale.KOREAN)).contains("변경 기록", "운영위원회");
        assertThat(page("/change-requests/awaiting", "exec", Locale.FRENCH)).contains("En attente du comité de pilotage");

        JsonNode current = Api.as(port, "pm").get("/api/v1/change-requests/" + id).json();
        MockHttpServletResponse approved = mvc.perform(post("/change-requests/" + id + "/approve").with(as("portfolio"))
                .with(csrf()).param("version", current.get("version").asString()).param("rebaseline", "true")
                .param("back", "awaiting")).andReturn().getResponse();
        assertThat(approved.getRedirectedUrl()).isEqualTo("/change-requests/awaiting");
        assertThat(page("/change-requests/awaiting", "portfolio", Locale.ENGLISH)).doesNotContain("Bigger scope");
        assertThat(page(log, "pm", Locale.ENGLISH)).contains("Approved", "Baseline 0", "class=\"implement-change\"");

        // a decision refused by the workflow is shown on the log, nothing changed
        JsonNode after = Api.as(port, "pm").get("/api/v1/change-requests/" + id).json();
        String refused = mvc.perform(post("/change-requests/" + id + "/reject").with(as("pmo")).with(csrf())
                .param("version", after.get("version").asString()).param("rationale", "Too late"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"change-refused\"");
        assertThat(Api.as(port, "pm").get("/api/v1/change-requests/" + id).json().get("state").asString())
                .isEqualTo("APPROVED");
    }
}
