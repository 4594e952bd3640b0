package org.lodestar.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.governance.GovernanceFixtures.adopt;
import static org.lodestar.governance.GovernanceFixtures.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * Stage gates end to end through the API: a project put on a lifecycle changes phase only through its gates; the
 * PM requests a gate and answers its checklist, the gate board (PMO, the portfolio's managers) decides; only Go
 * moves the project on, Stop cancels it; a decision lacking mandatory answers or approved deliverables is refused
 * naming each; tailoring decides what is mandatory, overrides need a reason.
 */
class GovernanceIntegrationTests extends PageTestSupport {

    @Test
    void aGoMovesTheProjectToItsNextPhaseWhichTheRegistryNoLongerChangesDirectly() {
        long project = project(port, "Gate Go", "INITIATION");
        JsonNode adopted = adopt(port, project, "WATERFALL", 1, 1, 1, 1);
        assertThat(adopted.get("projectClass").asString()).isEqualTo("SMALL");
        assertThat(adopted.get("phase").get("key").asString()).isEqualTo("initiation");
        assertThat(adopted.get("phase").get("gateCode").asString()).isEqualTo("G1");

        Api.Response direct = changePhase(project, "PLANNING");
        assertThat(direct.status()).isEqualTo(409);
        assertThat(direct.json().get("gate").asString()).isEqualTo("G1 Charter approved");
        assertThat(registryPhase(project)).isEqualTo("INITIATION");

        Api pm = Api.as(port, "pm");
        Api board = Api.as(port, "portfolio");
        JsonNode requested = ok(pm.post(path(project, "/gate-reviews"), "{}"));
        JsonNode review = requested.get("openReview");
        assertThat(review.get("gateCode").asString()).isEqualTo("G1");
        assertThat(review.get("compliance").get("compliant").asBoolean()).isFalse();
        assertThat(pm.post(path(project, "/gate-reviews"), "{}").status()).isEqualTo(409);

        assertThat(pm.post(path(project, "/decision"), decision("GO", review)).status()).isEqualTo(403);
        assertThat(Api.as(port, "exec").post(path(project, "/decision"), decision("GO", review)).status())
                .isEqualTo(403);
        Api.Response lacking = board.post(path(project, "/decision"), decision("GO", review));
        assertThat(lacking.status()).isEqualTo(400);
        assertThat(fields(lacking)).containsExactlyInAnyOrder("checklist.sponsorConfirmed", "checklist.scopeAgreed",
                "deliverables.charter");
        assertThat(lacking.body()).contains("The sponsor has confirmed their role", "Project charter");
        assertThat(ok(pm.get(path(project, ""))).get("openReview").get("state").asString()).isEqualTo("REQUESTED");

        review = answer(pm, project, review, Map.of("sponsorConfirmed", "YES", "scopeAgreed", "YES"));
        deliverable(pm, project, "charter", "WORK", "https://docs.example.com/charter");
        deliverable(pm, project, "charter", "SUBMIT", null);
        JsonNode approved = deliverable(board, project, "charter", "APPROVE", null);
        JsonNode charter = approved.get("deliverables").get(0);
        assertThat(charter.get("state").asString()).isEqualTo("APPROVED");
        assertThat(charter.get("decidedBy").get("code").asString()).isEqualTo("portfolio");
        assertThat(approved.get("openReview").get("compliance").get("compliant").asBoolean()).isTrue();

        JsonNode decided = ok(board.post(path(project, "/decision"), decision("GO", review)));

        assertThat(decided.get("phase").get("key").asString()).isEqualTo("planning");
        assertThat(decided.get("openReview").isNull()).isTrue();
        assertThat(decided.get("reviews").get(0).get("decision").asString()).isEqualTo("GO");
        assertThat(decided.get("reviews").get(0).get("decidedBy").get("code").asString()).isEqualTo("portfolio");
        assertThat(registryPhase(project)).isEqualTo("PLANNING");
        assertThat(changePhase(project, "EXECUTION").json().get("gate").asString()).isEqualTo("G2 Plan baselined");
        Api.Response again = board.post(path(project, "/decision"), decision("GO", review));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aHoldOrRecycleLeavesTheProjectWhereItIsAndAStopCancelsIt() {
        long project = project(port, "Gate Hold", "INITIATION");
        adopt(port, project, "WATERFALL", 1, 1, 1, 1);
        Api pm = Api.as(port, "pm");
        Api pmo = Api.as(port, "pmo");
        JsonNode review = ok(pm.post(path(project, "/gate-reviews"), "{}")).get("openReview");
        review = answer(pm, project, review, Map.of("sponsorConfirmed", "NO", "scopeAgreed", "YES"));

        Api.Response withoutRationale = pmo.post(path(project, "/decision"),
                "{\"decision\": \"HOLD\", \"version\": " + review.get("version").asLong() + "}");
        assertThat(fields(withoutRationale)).containsExactly("rationale");
        JsonNode held = ok(pmo.post(path(project, "/decision"), decision("HOLD", review)));

        assertThat(held.get("phase").get("key").asString()).isEqualTo("initiation");
        assertThat(held.get("reviews").get(0).get("decision").asString()).isEqualTo("HOLD");
        assertThat(registryPhase(project)).isEqualTo("INITIATION");

        review = answer(pm, project, ok(pm.post(path(project, "/gate-reviews"), "{}")).get("openReview"),
                Map.of("sponsorConfirmed", "YES", "scopeAgreed", "YES"));
        JsonNode recycled = ok(pmo.post(path(project, "/decision"), decision("RECYCLE", review)));
        assertThat(recycled.get("phase").get("key").asString()).isEqualTo("initiation");
        assertThat(registryPhase(project)).isEqualTo("INITIATION");

        review = answer(pm, project, ok(pm.post(path(project, "/gate-reviews"), "{}")).get("openReview"),
                Map.of("sponsorConfirmed", "YES", "scopeAgreed", "NO"));
        JsonNode stopped = ok(pmo.post(path(project, "/decision"), decision("STOP", review)));

        assertThat(stopped.get("finished").asBoolean()).isTrue();
        assertThat(Api.as(port, "pm").get("/api/v1/projects/" + project).json().get("state").asString())
                .isEqualTo("CANCELLED");
        assertThat(pm.post(path(project, "/gate-reviews"), "{}").status()).isEqualTo(409);
        assertThat(stopped.get("reviews")).hasSize(3);
    }

    @Test
    void theClassDecidesWhatIsMandatoryAndOverridesNeedAReason() {
        long project = project(port, "Gate Tailoring", "INITIATION");
        JsonNode adopted = adopt(port, project, "WATERFALL", 2, 2, 2, 2);
        assertThat(adopted.get("projectClass").asString()).isEqualTo("MEDIUM");
        Api pm = Api.as(port, "pm");
        Api pmo = Api.as(port, "pmo");
        JsonNode review = ok(pm.post(path(project, "/gate-reviews"), "{}")).get("openReview");
        review = answer(pm, project, review, Map.of("sponsorConfirmed", "YES", "scopeAgreed", "YES"));

        assertThat(fields(pmo.post(path(project, "/decision"), decision("GO", review))))
                .containsExactlyInAnyOrder("checklist.fundingSecured", "deliverables.charter",
                        "deliverables.businessCase");

        long version = ok(pm.get(path(project, ""))).get("version").asLong();
        assertThat(pm.put(path(project, "/overrides"), """
                {"key": "businessCase", "mandatory": false, "reason": "Funded by regulation", "version": %d}
                """.formatted(version)).status()).isEqualTo(403);
        assertThat(fields(pmo.put(path(project, "/overrides"), """
                {"key": "businessCase", "mandatory": false, "version": %d}""".formatted(version))))
                .containsExactly("reason");
        assertThat(fields(pmo.put(path(project, "/overrides"), """
                {"key": "nothing", "mandatory": false, "reason": "x", "version": %d}""".formatted(version))))
                .containsExactly("key");
        JsonNode overridden = ok(pmo.put(path(project, "/overrides"), """
                {"key": "businessCase", "mandatory": false, "reason": "Funded by regulation", "version": %d}
                """.formatted(version)));
        assertThat(overridden.get("overrides").get(0).get("reason").asString()).isEqualTo("Funded by regulation");
        assertThat(overridden.get("deliverables").get(1).get("mandatory").asBoolean()).isFalse();
        assertThat(fields(Api.as(port, "pmo").post(path(project, "/deliverables"), """
                {"key": "charter", "act": "WAIVE", "version": %d}""".formatted(overridden.get("version").asLong()))))
                .containsExactly("reason");
        JsonNode waived = ok(pmo.post(path(project, "/deliverables"), """
                {"key": "charter", "act": "WAIVE", "reason": "Charter is the regulation itself", "version": %d}
                """.formatted(overridden.get("version").asLong())));
        assertThat(waived.get("deliverables").get(0).get("reason").asString())
                .isEqualTo("Charter is the regulation itself");
        review = answer(pm, project, waived.get("openReview"), Map.of("fundingSecured", "YES"));

        JsonNode decided = ok(pmo.post(path(project, "/decision"), """
                {"decision": "GO_WITH_CONDITIONS", "rationale": "Ready", "conditions": "Baseline by March",
                 "version": %d}""".formatted(review.get("version").asLong())));
        assertThat(decided.get("phase").get("key").asString()).isEqualTo("planning");
        assertThat(decided.get("phase").get("gateMandatory").asBoolean()).isTrue();
        assertThat(decided.get("reviews").get(0).get("conditions").asString()).isEqualTo("Baseline by March");

        List<String> audited = new ArrayList<>();
        pmo.get("/api/v1/audit?entityType=projectGovernance&entityId=" + project).json().path("items")
                .forEach(entry -> audited.add(entry.toString()));
        assertThat(String.join("\n", audited)).contains("Funded by regulation", "Charter is the regulation itself");
    }

    @Test
    void aGateTheClassMakesOptionalIsDecidedOnTheBoardsJudgement() {
        long project = project(port, "Gate optional", "PLANNING");
        JsonNode adopted = adopt(port, project, "WATERFALL", 1, 1, 1, 2);
        assertThat(adopted.get("phase").get("key").asString()).isEqualTo("planning");
        assertThat(adopted.get("phase").get("gateMandatory").asBoolean()).isFalse();
        JsonNode review = ok(Api.as(port, "pm").post(path(project, "/gate-reviews"), "{}")).get("openReview");

        JsonNode decided = ok(Api.as(port, "pmo").post(path(project, "/decision"), decision("GO", review)));

        assertThat(decided.get("phase").get("key").asString()).isEqualTo("execution");
        assertThat(registryPhase(project)).isEqualTo("EXECUTION");
    }

    @Test
    void deliverablesMoveOnlyAsTheirTableAllowsAndTheBoardApproves() {
        long project = project(port, "Gate deliverables", "INITIATION");
        long version = adopt(port, project, "SMALL", 1, 1, 1, 1).get("version").asLong();
        Api pm = Api.as(port, "pm");

        Api.Response early = pm.post(path(project, "/deliverables"),
                "{\"key\": \"projectBrief\", \"act\": \"SUBMIT\", \"version\": " + version + "}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(fields(pm.post(path(project, "/deliverables"), """
                {"key": "projectBrief", "act": "WORK", "link": "ftp://x", "version": %d}""".formatted(version))))
                .containsExactly("link");
        assertThat(fields(pm.post(path(project, "/deliverables"), """
                {"key": "unknown", "version": %d}""".formatted(version)))).containsExactlyInAnyOrder("key", "act");
        JsonNode drafted = deliverable(pm, project, "projectBrief", "WORK", "https://docs.example.com/brief");
        assertThat(drafted.get("deliverables").get(0).get("acts").toString()).contains("WORK", "SUBMIT")
                .doesNotContain("APPROVE", "WAIVE");
        assertThat(pm.post(path(project, "/deliverables"), """
                {"key": "projectBrief", "act": "APPROVE", "version": %d}""".formatted(drafted.get("version").asLong()))
                .status()).isEqualTo(403);
        assertThat(Api.as(port, "pmo").post(path(project, "/deliverables"), """
                {"key": "projectBrief", "act": "APPROVE", "version": %d}""".formatted(drafted.get("version").asLong()))
                .status()).isEqualTo(409);
        assertThat(pm.post(path(project, "/deliverables"), """
                {"key": "projectBrief", "act": "SUBMIT", "version": 0}""").status()).isEqualTo(409);
    }

    @Test
    void aGoAtTheLastGateClosesTheProject() {
        long project = project(port, "Gate last", "INITIATION");
        adopt(port, project, "SMALL", 1, 1, 1, 1);
        Api pm = Api.as(port, "pm");
        Api pmo = Api.as(port, "pmo");
        passGate(project, "projectBrief", "sponsorConfirmed");
        assertThat(registryPhase(project)).isEqualTo("EXECUTION");

        JsonNode closed = passGate(project, "closureReport", "acceptanceSigned");

        assertThat(closed.get("finished").asBoolean()).isTrue();
        assertThat(pm.get("/api/v1/projects/" + project).json().get("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("acts").toString()).doesNotContain("request");
        assertThat(pmo.post(path(project, "/gate-reviews"), "{}").status()).isEqualTo(409);
    }

    @Test
    void readersOfDetailReadAProjectsGovernanceAndOnlyTheBoardPutsItOnALifecycle() {
        long project = project(port, "Gate readers", "INITIATION");
        JsonNode none = ok(Api.as(port, "exec").get(path(project, "")));
        assertThat(none.get("lifecycle").isNull()).isTrue();
        assertThat(none.get("acts")).isEmpty();
        assertThat(Api.as(port, "requester").get(path(project, "")).status()).isEqualTo(403);
        assertThat(ok(Api.as(port, "portfolio").get(path(project, ""))).get("acts").toString()).contains("adopt");
        String body = """
                {"lifecycleId": %d, "answers": {"size": 1, "complexity": 1, "risk": 1, "importance": 1}}
                """.formatted(GovernanceFixtures.lifecycle(port, "AGILE"));
        assertThat(Api.as(port, "pm").post(path(project, ""), body).status()).isEqualTo(403);
        assertThat(fields(Api.as(port, "pmo").post(path(project, ""), "{\"answers\": {\"size\": 9}}")))
                .containsExactlyInAnyOrder("lifecycleId", "size", "complexity", "risk", "importance");
        assertThat(Api.as(port, "pm").post(path(project, "/gate-reviews"), "{}").status()).isEqualTo(409);

        JsonNode adopted = ok(Api.as(port, "portfolio").post(path(project, ""), body));

        assertThat(adopted.get("lifecycle").get("code").asString()).isEqualTo("AGILE");
        assertThat(adopted.get("phase").get("key").asString()).isEqualTo("discovery");
        assertThat(Api.as(port, "pmo").post(path(project, ""), body).status()).isEqualTo(409);
    }

    @Test
    void theConditionsOfAGoBecomeActionsOwnedByThePmWhoMarksThemDone() {
        long project = project(port, "Gate conditions", "INITIATION");
        adopt(port, project, "SMALL", 1, 1, 1, 1);
        Api pm = Api.as(port, "pm");
        Api pmo = Api.as(port, "pmo");
        JsonNode review = ok(pm.post(path(project, "/gate-reviews"), "{}")).get("openReview");
        review = answer(pm, project, review, Map.of("sponsorConfirmed", "YES"));
        deliverable(pm, project, "projectBrief", "WORK", null);
        deliverable(pm, project, "projectBrief", "SUBMIT", null);
        deliverable(pmo, project, "projectBrief", "APPROVE", null);
        assertThat(fields(pmo.post(path(project, "/decision"), """
                {"decision": "GO_WITH_CONDITIONS", "rationale": "Go", "version": %d}""".formatted(
                review.get("version").asLong())))).containsExactly("conditions");

        JsonNode decided = ok(pmo.post(path(project, "/decision"), """
                {"decision": "GO_WITH_CONDITIONS", "rationale": "Go", "conditions": "Name a deputy\\n\\nBook the training",
                 "dueBy": "2027-03-31", "version": %d}""".formatted(review.get("version").asLong())));

        JsonNode actions = decided.get("actions");
        assertThat(actions).hasSize(2);
        assertThat(actions.get(0).get("text").asString()).isEqualTo("Name a deputy");
        assertThat(actions.get(1).get("text").asString()).isEqualTo("Book the training");
        assertThat(actions.get(0).get("owner").get("code").asString()).isEqualTo("pm");
        assertThat(actions.get(0).get("due").asString()).isEqualTo("2027-03-31");
        assertThat(actions.get(0).get("gateCode").asString()).isEqualTo("S1");
        assertThat(decided.get("acts").toString()).contains("complete");
        long action = actions.get(0).get("id").asLong();
        long version = actions.get(0).get("version").asLong();
        String done = "{\"actionId\": %d, \"note\": \"Ana deputises\", \"version\": %d}";

        assertThat(Api.as(port, "exec").post(path(project, "/actions"), done.formatted(action, version)).status())
                .isEqualTo(403);
        assertThat(fields(pm.post(path(project, "/actions"), done.formatted(99_999_999, version))))
                .containsExactly("actionId");
        assertThat(pm.post(path(project, "/actions"), done.formatted(action, version + 7)).status()).isEqualTo(409);
        JsonNode completed = ok(pm.post(path(project, "/actions"), done.formatted(action, version)));
        assertThat(completed.get("actions").get(0).get("done").asBoolean()).isTrue();
        assertThat(completed.get("actions").get(0).get("doneBy").get("code").asString()).isEqualTo("pm");
        assertThat(completed.get("actions").get(0).get("note").asString()).isEqualTo("Ana deputises");
        assertThat(completed.get("actions").get(1).get("done").asBoolean()).isFalse();
        assertThat(pm.post(path(project, "/actions"), done.formatted(action,
                completed.get("actions").get(0).get("version").asLong())).status()).isEqualTo(409);
        List<String> audited = new ArrayList<>();
        pmo.get("/api/v1/audit?entityType=gateAction&entityId=" + action).json().get("items")
                .forEach(entry -> audited.add(entry.get("actor").asString() + " " + entry.get("action").asString()));
        assertThat(audited).containsExactly("pm UPDATE", "pmo CREATE");
    }

    private JsonNode passGate(long project, String deliverable, String check) {
        Api pm = Api.as(port, "pm");
        Api pmo = Api.as(port, "pmo");
        JsonNode review = ok(pm.post(path(project, "/gate-reviews"), "{}")).get("openReview");
        review = answer(pm, project, review, Map.of(check, "YES"));
        deliverable(pm, project, deliverable, "WORK", null);
        deliverable(pm, project, deliverable, "SUBMIT", null);
        deliverable(pmo, project, deliverable, "APPROVE", null);
        return ok(pmo.post(path(project, "/decision"), decision("GO", review)));
    }

    private JsonNode answer(Api who, long project, JsonNode review, Map<String, String> answers) {
        return ok(who.put(path(project, "/checklist"), ProjectFixtures.json(Map.of("answers", answers,
                "version", review.get("version").asLong())))).get("openReview");
    }

    private JsonNode deliverable(Api who, long project, String key, String act, String link) {
        long version = ok(who.get(path(project, ""))).get("version").asLong();
        Map<String, Object> command = new java.util.LinkedHashMap<>();
        command.put("key", key);
        command.put("act", act);
        command.put("link", link);
        command.put("version", version);
        return ok(who.post(path(project, "/deliverables"), ProjectFixtures.json(command)));
    }

    private static String decision(String decision, JsonNode review) {
        return """
                {"decision": "%s", "rationale": "The board met", "version": %d}
                """.formatted(decision, review.get("version").asLong());
    }

    private Api.Response changePhase(long project, String phase) {
        Api pmo = Api.as(port, "pmo");
        JsonNode current = pmo.get("/api/v1/projects/" + project).json();
        Map<String, Object> command = ProjectFixtures.newProject(current.get("name").asString(),
                current.get("portfolio").get("id").asLong());
        command.put("state", current.get("state").asString());
        command.put("managerId", current.get("manager").get("id").asLong());
        command.put("phase", phase);
        command.put("version", current.get("version").asLong());
        return pmo.put("/api/v1/projects/" + project, ProjectFixtures.json(command));
    }

    private String registryPhase(long project) {
        return Api.as(port, "pmo").get("/api/v1/projects/" + project).json().get("phase").asString();
    }

    private static String path(long project, String rest) {
        return "/api/v1/projects/" + project + "/governance" + rest;
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
