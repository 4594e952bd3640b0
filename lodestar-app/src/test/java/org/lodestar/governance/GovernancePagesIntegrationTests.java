package org.lodestar.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.governance.GovernanceFixtures.adopt;
import static org.lodestar.governance.GovernanceFixtures.project;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/** The project's governance page and its forms, in the reader's language, each act offered to whom may take it. */
class GovernancePagesIntegrationTests extends PageTestSupport {

    @Test
    void theBoardPutsAProjectOnALifecycleFromThePage() throws Exception {
        long project = project(port, "Page adopt", "INITIATION");
        assertThat(page("/projects/" + project + "/governance", "pm", Locale.ENGLISH))
                .contains("This project is on no lifecycle yet.").doesNotContain("id=\"adopt-form\"");
        assertThat(page("/projects/" + project + "/governance", "portfolio", Locale.FRENCH))
                .contains("Ce projet ne suit encore aucun cycle de vie.", "id=\"adopt-form\"", "Cycle en cascade standard");

        MockHttpServletResponse adopted = form(project, "", "portfolio", "lifecycleId",
                String.valueOf(GovernanceFixtures.lifecycle(port, "WATERFALL")), "size", "3", "complexity", "3",
                "risk", "2", "importance", "3");

        assertThat(adopted.getRedirectedUrl()).isEqualTo("/projects/" + project + "/governance");
        assertThat(page("/projects/" + project + "/governance", "pm", Locale.ENGLISH))
                .contains("Class: Large (score 11)", "Initiation", "G1 Charter approved", "Stakeholder register");
        MockHttpServletResponse refused = form(project, "", "pm", "lifecycleId", "1");
        assertThat(refused.getStatus()).isEqualTo(403);
    }

    @Test
    void aPmRequestsTheGateAnswersItsChecklistAndTheBoardDecidesInTheirLanguages() throws Exception {
        long project = project(port, "Page gate", "INITIATION");
        adopt(port, project, "SMALL", 1, 1, 1, 1);
        String path = "/projects/" + project + "/governance";
        assertThat(page(path, "pm", Locale.ENGLISH)).contains("id=\"request-gate\"", "Project brief");

        assertThat(form(project, "/gate-reviews", "pm").getRedirectedUrl()).isEqualTo(path);
        String code = Api.as(port, "pm").get("/api/v1/projects/" + project).json().get("code").asString();
        String toDo = "<a href=\"" + path + "\">Decide gate S1 of " + code + " Page gate</a>";
        assertThat(page("/", "portfolio", Locale.ENGLISH)).as("the board's to-do").contains(toDo);
        assertThat(page("/", "portfolio", Locale.FRENCH)).contains("Décider la revue de passage S1 de " + code);
        assertThat(page("/", "pm", Locale.ENGLISH)).as("not the project's").doesNotContain(toDo);
        long version = Api.as(port, "pm").get("/api/v1/projects/" + project + "/governance").json()
                .get("openReview").get("version").asLong();
        assertThat(page(path, "pm", Locale.JAPANESE)).contains("ゲートレビュー", "スポンサーが役割を承諾した", "未回答")
                .doesNotContain("id=\"decision-form\"");
        assertThat(page(path, "portfolio", Locale.KOREAN)).contains("id=\"decision-form\"", "조건부 승인");

        MockHttpServletResponse lacking = form(project, "/decision", "portfolio", "decision", "GO",
                "rationale", "Ready", "version", String.valueOf(version));
        assertThat(lacking.getContentAsString()).contains("id=\"problems\"",
                "“The sponsor has confirmed their role” needs an answer before the gate is decided.",
                "“Project brief” is mandatory: approve or waive it before a Go.");

        form(project, "/checklist", "pm", "answer.sponsorConfirmed", "YES", "version", String.valueOf(version));
        JsonNode governance = Api.as(port, "pm").get("/api/v1/projects/" + project + "/governance").json();
        assertThat(governance.get("openReview").get("checklist").get(0).get("answer").asString()).isEqualTo("YES");
        long projectVersion = governance.get("version").asLong();
        form(project, "/deliverables", "pm", "key", "projectBrief", "act", "WORK", "link",
                "https://docs.example.com/brief", "version", String.valueOf(projectVersion));
        MockHttpServletResponse hold = form(project, "/decision", "portfolio", "decision", "HOLD",
                "rationale", "Brief not written", "version",
                String.valueOf(governance.get("openReview").get("version").asLong()));

        assertThat(hold.getRedirectedUrl()).isEqualTo(path);
        assertThat(page("/", "portfolio", Locale.ENGLISH)).doesNotContain(toDo);
        assertThat(page(path, "pm", Locale.FRENCH)).contains("Suspension", "Brief not written", "Démarrage",
                "Brouillon");
        assertThat(Api.as(port, "pm").get("/api/v1/projects/" + project).json().get("phase").asString())
                .isEqualTo("INITIATION");
    }

    private MockHttpServletResponse form(long project, String rest, String username, String... parameters)
            throws Exception {
        var request = post("/projects/" + project + "/governance" + rest).with(as(username)).with(csrf());
        for (int i = 0; i < parameters.length; i += 2) request = request.param(parameters[i], parameters[i + 1]);
        return mvc.perform(request).andReturn().getResponse();
    }
}
