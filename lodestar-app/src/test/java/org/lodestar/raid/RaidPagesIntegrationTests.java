package org.lodestar.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.status.StatusFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** The register and matrix pages: a PM raises and reassesses a risk and sees it on both matrices, in four languages. */
class RaidPagesIntegrationTests extends PageTestSupport {

    @Autowired
    People people;

    @Test
    void aPmRaisesAndReassessesARiskAndSeesItOnTheProjectAndPortfolioMatrices() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long portfolio = pmo.post("/api/v1/portfolios", "{\"code\": \"RPG\", \"name\": \"Risk pages\"}").json()
                .get("id").asLong();
        long pm = people.all().stream().filter(p -> p.username().equals("pm")).findFirst().orElseThrow().id().value();
        var command = ProjectFixtures.newProject("Paged risks", portfolio);
        command.put("managerId", pm);
        long project = pmo.post("/api/v1/projects", json(command)).json().get("id").asLong();

        String empty = page("/projects/" + project + "/risks", "pm", Locale.ENGLISH);
        assertThat(empty).contains("id=\"project-risk-matrix\"", "id=\"raise-risk\"", "No risks yet.");

        MockHttpServletResponse bad = mvc.perform(post("/projects/" + project + "/risks").with(as("pm")).with(csrf())
                .param("kind", "THREAT").param("title", "Key engineer leaves").param("category", "People")
                .param("probability", "7").param("impact", "4")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("id=\"probability-error\"");
        assertThat(Api.as(port, "pm").get("/api/v1/projects/" + project + "/risks").json()).isEmpty();

        MockHttpServletResponse raised = mvc.perform(post("/projects/" + project + "/risks").with(as("pm"))
                .with(csrf()).param("kind", "THREAT").param("title", "Key engineer leaves").param("category", "People")
                .param("probability", "3").param("impact", "4").param("strategy", "REDUCE")).andReturn().getResponse();
        assertThat(raised.getRedirectedUrl()).isEqualTo("/projects/" + project + "/risks");
        var risk = Api.as(port, "pm").get("/api/v1/projects/" + project + "/risks").json().get(0);

        MockHttpServletResponse reassessed = mvc.perform(post("/risks/" + risk.get("id").asLong() + "/reassess")
                .with(as("pm")).with(csrf()).param("probability", "4").param("impact", "5")
                .param("version", risk.get("version").asString())).andReturn().getResponse();
        assertThat(reassessed.getRedirectedUrl()).isEqualTo("/projects/" + project + "/risks");

        String register = page("/projects/" + project + "/risks", "pm", Locale.ENGLISH);
        assertThat(register).containsPattern("data-cell=\"4x5\"[^>]*>1<").contains("Key engineer leaves", ">20<");
        String matrix = page("/portfolios/" + portfolio + "/risks", "exec", Locale.ENGLISH);
        assertThat(matrix).contains("id=\"portfolio-risk-matrix\"", "Key engineer leaves")
                .containsPattern("data-cell=\"4x5\"[^>]*>1<");
        assertThat(page("/projects/" + project + "/risks", "exec", Locale.ENGLISH)).doesNotContain("id=\"raise-risk\"");
        assertThat(page("/projects/" + project, "pm", Locale.ENGLISH)).contains("id=\"risks-tab\"");

        assertThat(page("/projects/" + project + "/risks", "pm", Locale.FRENCH)).contains("Matrice des risques");
        assertThat(page("/projects/" + project + "/risks", "pm", Locale.JAPANESE)).contains("リスクマトリクス");
        assertThat(page("/portfolios/" + portfolio + "/risks", "pm", Locale.KOREAN)).contains("리스크 매트릭스");
    }

    @Test
    void aReportShowsTheRegistersKeyRisksAndIssuesAndFreezesThemWhenPublished() throws Exception {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Reported risks", 70_000);
        Api pm = Api.as(port, "pm");
        Api pmo = Api.as(port, "pmo");
        var risk = pm.post("/api/v1/projects/" + project + "/risks",
                json(RiskRegisterApiIntegrationTests.threat(4, 5))).json();
        pm.post("/api/v1/projects/" + project + "/issues", json(IssueLogApiIntegrationTests.issue("Rig broken",
                "CRITICAL", null)));
        pm.post("/api/v1/projects/" + project + "/issues", json(IssueLogApiIntegrationTests.issue("Minor typo",
                "LOW", null)));

        var draft = pm.post("/api/v1/projects/" + project + "/status-reports", "{}").json();
        long id = draft.get("id").asLong();
        assertThat(draft.get("register")).hasSize(2);
        assertThat(draft.get("register").get(0).get("kind").asString()).isEqualTo("RISK");
        assertThat(draft.get("register").get(0).get("rating").asString()).isEqualTo("20");
        assertThat(draft.get("register").get(1).get("title").asString()).isEqualTo("Rig broken");

        var saved = pm.put("/api/v1/status-reports/" + id, json(StatusFixtures.completeReport("GREEN",
                draft.get("version").asLong()))).json();
        var submitted = pm.post("/api/v1/status-reports/" + id + "/submit",
                StatusFixtures.act(saved.get("version").asLong(), null)).json();
        var published = pmo.post("/api/v1/status-reports/" + id + "/publish",
                StatusFixtures.act(submitted.get("version").asLong(), null));
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        // the register moves on; the published report keeps what it said
        pm.post("/api/v1/risks/" + risk.get("id").asLong() + "/close", "{\"version\": "
                + risk.get("version").asLong() + "}");
        pm.post("/api/v1/projects/" + project + "/risks", json(RiskRegisterApiIntegrationTests.threat(1, 1)));
        var read = pm.get("/api/v1/status-reports/" + id).json();
        assertThat(read.get("register")).hasSize(2);
        assertThat(read.get("register").get(0).get("rating").asString()).isEqualTo("20");

        assertThat(page("/status/reports/" + id, "pm", Locale.ENGLISH)).contains("id=\"report-register\"",
                "Key risks and issues (from the register at publication)", "Rig broken", "Critical");
        assertThat(page("/status/reports/" + id, "pm", Locale.FRENCH)).contains("Risques et problèmes clés");
        assertThat(page("/status/reports/" + id, "pm", Locale.JAPANESE)).contains("主要なリスクと課題");
        assertThat(page("/status/reports/" + id, "pm", Locale.KOREAN)).contains("주요 리스크와 이슈");
    }
}
