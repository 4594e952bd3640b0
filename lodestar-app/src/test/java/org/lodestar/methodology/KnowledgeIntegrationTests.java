package org.lodestar.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import tools.jackson.databind.JsonNode;

/** Guidance pages the PMO writes, searched by everyone with the lifecycles' phase guidance in their language. */
class KnowledgeIntegrationTests extends PageTestSupport {

    @Test
    void thePmoWritesGuidancePagesThatEveryoneSearchesWithThePhaseGuidance() {
        Api pmo = Api.as(port, "pmo");
        long waterfall = lifecycle("WATERFALL");
        String page = """
                {"title": "Writing a charter that holds", "body": "A charter names the sponsor, the zorblat scope and what is out of it.",
                 "lifecycleId": %d, "phaseKey": "initiation"}""".formatted(waterfall);

        assertThat(Api.as(port, "pm").post("/api/v1/knowledge", page).status()).isEqualTo(403);
        Api.Response bad = pmo.post("/api/v1/knowledge", """
                {"title": " ", "lifecycleId": 99999999, "phaseKey": "nowhere"}""");
        assertThat(bad.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("title", "body", "lifecycleId", "phaseKey");
        Api.Response created = pmo.post("/api/v1/knowledge", page);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode written = created.json();
        assertThat(written.get("phaseName").asString()).isEqualTo("Initiation");

        JsonNode found = Api.as(port, "requester").get("/api/v1/knowledge?q=ZORBLAT%20sponsor").json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asLong()).isEqualTo(written.get("id").asLong());
        assertThat(found.get(0).get("excerpt").asString()).contains("zorblat scope");
        JsonNode guidance = Api.as(port, "pm").get("/api/v1/knowledge?q=baselined").json();
        List<String> phases = new ArrayList<>();
        guidance.forEach(hit -> phases.add(hit.get("lifecycleName").asString() + " " + hit.get("phaseKey").asString()));
        assertThat(phases).contains("Standard waterfall planning");

        String change = """
                {"title": "Writing a charter", "body": "Shorter.", "lifecycleId": %d, "version": %d}""";
        assertThat(pmo.put("/api/v1/knowledge/" + written.get("id").asLong(),
                change.formatted(waterfall, 77)).status()).isEqualTo(409);
        JsonNode changed = pmo.put("/api/v1/knowledge/" + written.get("id").asLong(),
                change.formatted(waterfall, written.get("version").asLong())).json();
        assertThat(changed.get("title").asString()).isEqualTo("Writing a charter");
        assertThat(changed.get("phaseKey").isNull()).isTrue();
        assertThat(Api.as(port, "pm").get("/api/v1/knowledge?q=zorblat").json()).isEmpty();
    }

    @Test
    void theSearchPageFindsThePhaseGuidanceInTheReadersLanguage() throws Exception {
        assertThat(page("/methodology/knowledge?q=charte", "requester", Locale.FRENCH))
                .contains("Cycle en cascade standard", "Initialisation", "rédiger la charte");
        assertThat(page("/methodology/knowledge?q=憲章", "pm", Locale.JAPANESE)).contains("立ち上げ");
        assertThat(page("/methodology", "pm", Locale.KOREAN)).contains("id=\"knowledge-link\"", "지식");
    }

    private long lifecycle(String code) {
        for (JsonNode lifecycle : Api.as(port, "pm").get("/api/v1/lifecycles").json()) {
            if (lifecycle.get("code").asString().equals(code)) return lifecycle.get("id").asLong();
        }
        throw new AssertionError("no lifecycle " + code);
    }
}
