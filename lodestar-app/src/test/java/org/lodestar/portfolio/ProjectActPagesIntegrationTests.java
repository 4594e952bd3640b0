package org.lodestar.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.status.StatusFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The project page offers the acts its state allows, and the delete page says what keeps a project. */
class ProjectActPagesIntegrationTests extends PageTestSupport {

    @Test
    void theProjectPageOffersTheActsOfItsStateAndTakesThem() throws Exception {
        long id = Api.as(port, "pmo").post("/api/v1/projects", json(newProject("Buttons", 1))).json().get("id").asLong();
        String proposed = page("/projects/" + id, "pmo", Locale.ENGLISH);
        assertThat(proposed).contains("id=\"act-activate\"").contains("id=\"act-cancel\"")
                .doesNotContain("id=\"act-close\"").doesNotContain("id=\"act-resume\"");
        assertThat(page("/projects/" + id, "exec", Locale.ENGLISH)).doesNotContain("id=\"act-activate\"");

        MvcResult activated = mvc.perform(post("/projects/" + id + "/acts/activate").with(as("pmo")).with(csrf())
                .param("version", "0")).andReturn();

        assertThat(activated.getResponse().getRedirectedUrl()).isEqualTo("/projects/" + id);
        assertThat(Api.as(port, "pmo").get("/api/v1/projects/" + id).json().get("state").asString()).isEqualTo("ACTIVE");
        assertThat(page("/projects/" + id, "pmo", Locale.ENGLISH)).contains("id=\"act-put-on-hold\"")
                .contains("id=\"act-close\"").doesNotContain("id=\"act-activate\"");
    }

    @Test
    void aStateTheTableDoesNotLeadToIsRefusedBesideTheFieldOfTheEditForm() throws Exception {
        long id = Api.as(port, "pmo").post("/api/v1/projects", json(newProject("Form acts", 1))).json().get("id").asLong();

        MvcResult refused = mvc.perform(post("/projects/" + id).with(as("pmo")).with(csrf()).locale(Locale.ENGLISH)
                .param("name", "Form acts").param("portfolioId", "1").param("phase", "INITIATION")
                .param("state", "CLOSED").param("priority", "MEDIUM").param("currency", "EUR")
                .param("customFields[risk_level]", "Low").param("version", "0")).andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("cannot go from Proposed to Closed");
        assertThat(Api.as(port, "pmo").get("/api/v1/projects/" + id).json().get("state").asString())
                .isEqualTo("PROPOSED");
    }

    @Test
    void theDeletePageNamesThePublishedReportsThatKeepAProject() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long id = pmo.post("/api/v1/projects", json(newProject("Reported", 1))).json().get("id").asLong();
        JsonNode draft = pmo.post("/api/v1/projects/" + id + "/status-reports", "{}").json();
        long report = draft.get("id").asLong();
        JsonNode saved = pmo.put("/api/v1/status-reports/" + report,
                json(StatusFixtures.completeReport("GREEN", draft.get("version").asLong()))).json();
        JsonNode submitted = pmo.post("/api/v1/status-reports/" + report + "/submit",
                StatusFixtures.act(saved.get("version").asLong(), null)).json();
        assertThat(pmo.post("/api/v1/status-reports/" + report + "/publish",
                StatusFixtures.act(submitted.get("version").asLong(), null)).status()).isEqualTo(200);
        long version = pmo.get("/api/v1/projects/" + id).json().get("version").asLong();

        String refused = mvc.perform(post("/projects/" + id + "/delete").with(as("pmo")).with(csrf())
                        .param("version", Long.toString(version)).locale(Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("Close or cancel it instead").contains("published status reports (1)");
        assertThat(pmo.get("/api/v1/projects/" + id).status()).isEqualTo(200);
    }
}
