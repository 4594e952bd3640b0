package org.lodestar.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import tools.jackson.databind.JsonNode;

/** A project's communication plan: kept by its editors, each item due again after its frequency once sent. */
class CommunicationPlanIntegrationTests extends PageTestSupport {

    @Test
    void anItemSentIsDueAgainAfterItsFrequencyAndAOneOffItemIsSentOnce() {
        long project = GovernanceFixtures.project(port, "Communications", "EXECUTION");
        String path = "/api/v1/projects/" + project + "/communications";
        Api pm = Api.as(port, "pm");
        String today = LocalDate.now().toString();
        String monthly = """
                {"audience": "Steering committee", "content": "Status and decisions needed", "channel": "MEETING",
                 "frequency": "MONTHLY", "firstDue": "%s"}""".formatted(today);

        assertThat(Api.as(port, "exec").post(path, monthly).status()).isEqualTo(403);
        JsonNode item = created(pm.post(path, monthly));
        assertThat(item.get("due").asBoolean()).isTrue();
        assertThat(item.get("nextDue").asString()).isEqualTo(today);
        Api.Response bad = pm.post(path, "{\"audience\": \"Users\", \"ownerId\": 99999999}");
        assertThat(fields(bad)).containsExactlyInAnyOrder("content", "channel", "frequency", "firstDue", "ownerId");

        String sent = "{\"itemId\": %d, \"version\": %d}";
        assertThat(pm.post(path + "/sent", sent.formatted(item.get("id").asLong(), 99)).status()).isEqualTo(409);
        JsonNode again = ok(pm.post(path + "/sent", sent.formatted(item.get("id").asLong(),
                item.get("version").asLong())));
        assertThat(again.get("lastSent").asString()).isEqualTo(today);
        assertThat(again.get("nextDue").asString()).isEqualTo(LocalDate.now().plusMonths(1).toString());
        assertThat(again.get("due").asBoolean()).isFalse();

        JsonNode once = created(pm.post(path, """
                {"audience": "All staff", "content": "Launch announcement", "channel": "INTRANET",
                 "frequency": "ONCE", "firstDue": "%s"}""".formatted(today)));
        JsonNode done = ok(pm.post(path + "/sent", sent.formatted(once.get("id").asLong(),
                once.get("version").asLong())));
        assertThat(done.get("nextDue").isNull()).isTrue();
        assertThat(pm.post(path + "/sent", sent.formatted(once.get("id").asLong(), done.get("version").asLong()))
                .status()).isEqualTo(409);
        assertThat(fields(pm.post(path + "/sent", sent.formatted(99_999_999, 0)))).containsExactly("itemId");
        assertThat(Api.as(port, "exec").get(path).json()).hasSize(2);
        assertThat(Api.as(port, "requester").get(path).status()).isEqualTo(403);
    }

    @Test
    void thePlanIsOnTheGovernancePageInTheReadersLanguage() throws Exception {
        long project = GovernanceFixtures.project(port, "Communications page", "EXECUTION");
        String redirect = mvc.perform(post("/projects/" + project + "/communications").with(as("pm")).with(csrf())
                        .param("audience", "Key users").param("content", "Release notes").param("channel", "EMAIL")
                        .param("frequency", "FORTNIGHTLY").param("firstDue", LocalDate.now().toString()))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(redirect).isEqualTo("/projects/" + project + "/governance#communications");
        assertThat(page("/projects/" + project + "/governance", "pm", Locale.FRENCH))
                .contains("Plan de communication", "Key users", "Courriel", "Toutes les deux semaines", "À faire");
        assertThat(page("/projects/" + project + "/governance", "exec", Locale.ENGLISH))
                .doesNotContain("id=\"communication-form\"");
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
