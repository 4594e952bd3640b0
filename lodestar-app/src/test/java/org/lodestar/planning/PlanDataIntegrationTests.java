package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/** The JSON endpoints of the plan page, as its browser component calls them: session, CSRF token, If-Match. */
class PlanDataIntegrationTests extends PageTestSupport {

    long project;
    String base;

    @BeforeEach
    void aProjectWithAPlan() {
        Api pmo = Api.as(port, "pmo");
        project = pmo.post("/api/v1/projects", json(newProject("Plan page trial", 1))).json().get("id").asLong();
        base = "/projects/" + project + "/plan";
        assertThat(pmo.put("/api/v1/projects/" + project + "/plan", json(PlanFixtures.smallPlan())).status())
                .isEqualTo(200);
    }

    @Test
    void thePageReadsThePlanAsJson() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(base + "/data").with(as("exec"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode plan = Api.mapper().readTree(response.getContentAsString());
        assertThat(plan.get("projectId").asLong()).isEqualTo(project);
        assertThat(plan.get("minutesPerDay").asInt()).isEqualTo(480);
        assertThat(plan.get("tasks").get(1).get("row").asInt()).isEqualTo(2);
        assertThat(plan.get("today").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void editsWithTheCsrfTokenAnswerTheWholeNewPlan() throws Exception {
        JsonNode before = read(mvc.perform(get(base + "/data").with(as("pmo"))).andReturn().getResponse());
        long design = before.get("tasks").get(1).get("id").asLong();

        MockHttpServletResponse inserted = mvc.perform(post(base + "/tasks").with(as("pmo")).with(csrf())
                .header("If-Match", before.get("version").asString())
                .contentType(MediaType.APPLICATION_JSON).content("{\"afterTaskId\":" + design + ",\"name\":\"Spike\"}"))
                .andReturn().getResponse();
        JsonNode afterInsert = read(inserted);
        long spike = afterInsert.get("tasks").get(2).get("id").asLong();
        MockHttpServletResponse edited = mvc.perform(patch(base + "/tasks/" + spike).with(as("pmo")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"duration\",\"value\":\"4ed\"}"))
                .andReturn().getResponse();
        MockHttpServletResponse indented = mvc.perform(post(base + "/tasks/" + spike + "/indent").with(as("pmo"))
                .with(csrf())).andReturn().getResponse();
        MockHttpServletResponse removed = mvc.perform(delete(base + "/tasks/" + spike).with(as("pmo")).with(csrf()))
                .andReturn().getResponse();

        assertThat(inserted.getStatus()).isEqualTo(200);
        assertThat(afterInsert.get("tasks").get(2).get("name").asString()).isEqualTo("Spike");
        assertThat(afterInsert.get("version").asLong()).isEqualTo(before.get("version").asLong() + 1);
        assertThat(read(edited).get("tasks").get(2).get("duration").asString()).isEqualTo("4ed");
        assertThat(read(indented).get("tasks").get(2).get("level").asInt()).isEqualTo(2);
        assertThat(read(removed).get("tasks")).hasSize(5);
    }

    @Test
    void changesWithoutTheCsrfTokenAreRefused() throws Exception {
        int status = mvc.perform(post(base + "/tasks").with(as("pmo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Forged\"}")).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(Api.as(port, "pmo").get("/api/v1/projects/" + project + "/plan").body()).doesNotContain("Forged");
    }

    @Test
    void badTextCyclesStaleVersionsAndMissingRightsGetProblemDetails() throws Exception {
        JsonNode before = read(mvc.perform(get(base + "/data").with(as("pmo"))).andReturn().getResponse());
        long design = before.get("tasks").get(1).get("id").asLong();

        MockHttpServletResponse bad = mvc.perform(patch(base + "/tasks/" + design).with(as("pmo")).with(csrf())
                .locale(Locale.FRENCH).contentType(MediaType.APPLICATION_JSON)
                .content("{\"field\":\"predecessors\",\"value\":\"99FS\"}")).andReturn().getResponse();
        MockHttpServletResponse cycle = mvc.perform(patch(base + "/tasks/" + design).with(as("pmo")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"predecessors\",\"value\":\"4\"}"))
                .andReturn().getResponse();
        MockHttpServletResponse stale = mvc.perform(patch(base + "/tasks/" + design).with(as("pmo")).with(csrf())
                .header("If-Match", "\"" + (before.get("version").asLong() - 1) + "\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"name\",\"value\":\"Old\"}"))
                .andReturn().getResponse();
        MockHttpServletResponse forbidden = mvc.perform(patch(base + "/tasks/" + design).with(as("exec")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"name\",\"value\":\"Exec\"}"))
                .andReturn().getResponse();

        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(read(bad).get("errors").get(0).get("message").asString())
                .isEqualTo("Ligne de tâche 99 inconnue dans « 99FS ».");
        assertThat(cycle.getStatus()).isEqualTo(422);
        assertThat(read(cycle).get("cycle")).hasSize(3);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(forbidden.getStatus()).isEqualTo(403);
        JsonNode after = read(mvc.perform(get(base + "/data").with(as("pmo"))).andReturn().getResponse());
        assertThat(after.toString()).isEqualTo(before.toString());
    }

    @Test
    void requestersMayNotReadPlans() throws Exception {
        assertThat(mvc.perform(get(base + "/data").with(as("requester"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private static JsonNode read(MockHttpServletResponse response) throws Exception {
        return Api.mapper().readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
