package org.lodestar.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * The shipped lifecycles read by everyone, in the reader's language; the PMO versions a lifecycle and earlier
 * versions stay as they were.
 */
class MethodologyIntegrationTests extends PageTestSupport {

    @Test
    void everyoneReadsTheThreeShippedLifecyclesWithTheirPhasesGatesAndDeliverables() {
        Api.Response list = Api.as(port, "requester").get("/api/v1/lifecycles");

        assertThat(list.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        list.json().forEach(lifecycle -> codes.add(lifecycle.get("code").asString()));
        assertThat(codes).contains("WATERFALL", "AGILE", "SMALL");

        JsonNode waterfall = Api.as(port, "requester").get("/api/v1/lifecycles/" + id("WATERFALL")).json();
        assertThat(waterfall.get("name").asString()).isEqualTo("Standard waterfall");
        assertThat(waterfall.get("entryGate").asString()).isEqualTo("G0 Mandate approved");
        List<String> phases = new ArrayList<>();
        List<String> gates = new ArrayList<>();
        waterfall.get("phases").forEach(phase -> {
            phases.add(phase.get("name").asString());
            gates.add(phase.get("gate").get("code").asString());
        });
        assertThat(phases).containsExactly("Initiation", "Planning", "Execution", "Closure");
        assertThat(gates).containsExactly("G1", "G2", "G3", "G4");
        JsonNode initiation = waterfall.get("phases").get(0);
        assertThat(initiation.get("registryPhase").asString()).isEqualTo("INITIATION");
        assertThat(initiation.get("deliverables").get(0).get("name").asString()).isEqualTo("Project charter");
        assertThat(initiation.get("deliverables").get(1).get("mandatoryFrom").asString()).isEqualTo("MEDIUM");
        assertThat(initiation.get("checklist").get(0).get("name").asString())
                .isEqualTo("The sponsor has confirmed their role");

        JsonNode agile = Api.as(port, "pm").get("/api/v1/lifecycles/" + id("AGILE")).json();
        assertThat(agile.get("phases")).hasSize(3);
        assertThat(agile.get("phases").get(1).get("name").asString()).isEqualTo("Release cycles");
        assertThat(Api.as(port, "pm").get("/api/v1/lifecycles/" + id("SMALL")).json().get("phases")).hasSize(2);
        assertThat(Api.as(port, "pm").get("/api/v1/lifecycles/999999").status()).isEqualTo(404);
        assertThat(Api.as(port, "pm").get("/api/v1/lifecycles/" + id("SMALL") + "?version=99").status())
                .isEqualTo(404);
    }

    @Test
    void theLifecyclePageReadsInEnglishFrenchJapaneseAndKorean() throws Exception {
        String path = "/methodology/" + id("WATERFALL");

        assertThat(page(path, "pm", Locale.ENGLISH)).contains("Standard waterfall", "Initiation", "Project charter",
                "Charter approved", "Agree why the project exists");
        assertThat(page(path, "pm", Locale.FRENCH)).contains("Cycle en cascade standard", "Initialisation",
                "Charte de projet", "Charte approuvée", "Convenir de la raison");
        assertThat(page(path, "pm", Locale.JAPANESE)).contains("標準ウォーターフォール", "立ち上げ", "プロジェクト憲章",
                "憲章承認");
        assertThat(page(path, "pm", Locale.KOREAN)).contains("표준 폭포수", "착수", "프로젝트 헌장", "헌장 승인");
        assertThat(page("/methodology", "requester", Locale.FRENCH)).contains("Livraison agile", "Petit projet",
                "Découverte → Cycles de livraison → Transition");
    }

    @Test
    void thePmoStoresANewVersionAndTheOldOneStaysAsItWas() {
        long agile = id("AGILE");
        Api pmo = Api.as(port, "pmo");
        JsonNode before = pmo.get("/api/v1/lifecycles/" + agile).json();
        int version = before.get("number").asInt();

        assertThat(Api.as(port, "pm").post("/api/v1/lifecycles/" + agile + "/versions", "{}").status())
                .isEqualTo(403);
        Api.Response unknown = pmo.post("/api/v1/lifecycles/" + agile + "/versions", """
                {"version": %d, "guidance": {"nowhere": "x"}, "rules": {"unheardOf": "ALL", "A2": "LARGE"}}
                """.formatted(lifecycleVersion(agile)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("guidance.nowhere", "rules.unheardOf").doesNotContain("rules.A2");
        assertThat(pmo.post("/api/v1/lifecycles/" + agile + "/versions", """
                {"version": 12345, "rules": {"usersTrained": "LARGE"}}""").status()).isEqualTo(409);

        Api.Response revised = pmo.post("/api/v1/lifecycles/" + agile + "/versions", """
                {"version": %d, "guidance": {"releases": "Ship every two weeks."}, "rules": {"usersTrained": "LARGE"}}
                """.formatted(lifecycleVersion(agile)));

        assertThat(revised.status()).as(revised.body()).isEqualTo(201);
        JsonNode releases = revised.json().get("phases").get(1);
        assertThat(revised.json().get("number").asInt()).isEqualTo(version + 1);
        assertThat(releases.get("guidance").asString()).isEqualTo("Ship every two weeks.");
        assertThat(releases.get("checklist").get(1).get("mandatoryFrom").asString()).isEqualTo("LARGE");
        JsonNode old = pmo.get("/api/v1/lifecycles/" + agile + "?version=" + version).json();
        assertThat(old.get("phases").get(1).get("checklist").get(1).get("mandatoryFrom").asString())
                .isEqualTo(before.get("phases").get(1).get("checklist").get(1).get("mandatoryFrom").asString());
        assertThat(old.get("phases").get(1).get("guidance").asString())
                .isEqualTo(before.get("phases").get(1).get("guidance").asString());
    }

    @Test
    void theQuestionnaireIsScoredThroughTheApi() {
        Api pm = Api.as(port, "pm");

        JsonNode large = pm.post("/api/v1/tailoring/classification",
                "{\"size\": 3, \"complexity\": 3, \"risk\": 2, \"importance\": 3}").json();
        assertThat(large.get("score").asInt()).isEqualTo(11);
        assertThat(large.get("projectClass").asString()).isEqualTo("LARGE");
        Api.Response bad = pm.post("/api/v1/tailoring/classification", "{\"size\": 5, \"complexity\": 1}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("size", "risk", "importance");
    }

    private long id(String code) {
        for (JsonNode lifecycle : Api.as(port, "pm").get("/api/v1/lifecycles").json()) {
            if (lifecycle.get("code").asString().equals(code)) return lifecycle.get("id").asLong();
        }
        throw new AssertionError("no lifecycle " + code);
    }

    /** The lifecycle record's version for optimistic locking (not its content version). */
    private long lifecycleVersion(long id) {
        return Api.as(port, "pmo").get("/api/v1/lifecycles/" + id).json().get("version").asLong();
    }
}
