package org.lodestar.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import tools.jackson.databind.JsonNode;

/** A project's stakeholder register: read by readers of detail, kept by the project's editors, audited. */
class StakeholdersIntegrationTests extends PageTestSupport {

    private static final String SPONSOR = """
            {"name": "Claire Martin", "role": "Finance director", "interest": "HIGH", "influence": "HIGH",
             "engagement": "SUPPORTIVE"}""";

    @Test
    void theProjectsEditorsKeepTheRegisterAndItsReadersReadIt() {
        long project = GovernanceFixtures.project(port, "Stakeholders", "PLANNING");
        String path = "/api/v1/projects/" + project + "/stakeholders";
        Api pm = Api.as(port, "pm");

        assertThat(Api.as(port, "exec").post(path, SPONSOR).status()).isEqualTo(403);
        Api.Response added = pm.post(path, SPONSOR);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().get("id").asLong();
        long version = added.json().get("version").asLong();

        JsonNode read = Api.as(port, "exec").get(path).json();
        assertThat(read.get(0).get("name").asString()).isEqualTo("Claire Martin");
        assertThat(read.get(0).get("engagement").asString()).isEqualTo("SUPPORTIVE");
        assertThat(Api.as(port, "requester").get(path).status()).isEqualTo(403);

        Api.Response bad = pm.post(path, "{\"name\": \" \", \"interest\": \"HIGH\"}");
        assertThat(bad.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("name", "influence", "engagement");
        assertThat(Api.as(port, "pmo").get(path).json()).hasSize(1);

        String change = """
                {"name": "Claire Martin", "role": "CFO", "interest": "HIGH", "influence": "HIGH",
                 "engagement": "LEADING", "version": %d}""";
        assertThat(pm.put(path + "/" + id, change.formatted(version + 3)).status()).isEqualTo(409);
        JsonNode changed = pm.put(path + "/" + id, change.formatted(version)).json();
        assertThat(changed.get("engagement").asString()).isEqualTo("LEADING");
        assertThat(pm.put("/api/v1/projects/" + GovernanceFixtures.project(port, "Other", "PLANNING")
                + "/stakeholders/" + id, change.formatted(changed.get("version").asLong())).status()).isEqualTo(404);

        assertThat(pm.delete(path + "/" + id + "?version=" + changed.get("version").asLong()).status())
                .isEqualTo(204);
        assertThat(pm.get(path).json()).isEmpty();
        List<String> audited = new ArrayList<>();
        Api.as(port, "pmo").get("/api/v1/audit?entityType=stakeholder&entityId=" + id).json().get("items")
                .forEach(entry -> audited.add(entry.get("action").asString()));
        assertThat(audited).containsExactly("DELETE", "UPDATE", "CREATE");
    }

    @Test
    void theRegisterIsOnTheGovernancePageInTheReadersLanguage() throws Exception {
        long project = GovernanceFixtures.project(port, "Stakeholders page", "PLANNING");
        String page = "/projects/" + project + "/governance";
        assertThat(page(page, "exec", Locale.ENGLISH)).contains("No stakeholder registered yet.")
                .doesNotContain("id=\"stakeholder-form\"");

        String redirect = mvc.perform(post("/projects/" + project + "/stakeholders").with(as("pm")).with(csrf())
                        .param("name", "Works council").param("interest", "HIGH").param("influence", "MEDIUM")
                        .param("engagement", "RESISTANT"))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(redirect).isEqualTo(page + "#stakeholders");
        assertThat(page(page, "pm", Locale.KOREAN)).contains("Works council", "저항", "id=\"stakeholder-form\"");
        assertThat(mvc.perform(post("/projects/" + project + "/stakeholders").with(as("pm")).with(csrf())
                        .param("interest", "HIGH")).andReturn().getResponse().getContentAsString())
                .contains("id=\"problems\"");
    }
}
