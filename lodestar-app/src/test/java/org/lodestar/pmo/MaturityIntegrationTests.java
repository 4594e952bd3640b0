package org.lodestar.pmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Maturity self-assessments through the API: the acts, their rules, the scores and history, the rights. */
class MaturityIntegrationTests extends IntegrationTestSupport {

    private static final String ASSESSMENTS = "/api/v1/pmo/maturity/assessments";

    @LocalServerPort
    int port;

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    /** Every question answered at the level given for its domain (three levels per domain, in domain order). */
    private static Map<String, Object> answers(long version, int[][] levels) {
        Map<String, Object> answers = new LinkedHashMap<>();
        MaturityDomain[] domains = MaturityDomain.values();
        for (int d = 0; d < domains.length; d++) {
            List<String> questions = domains[d].questions();
            for (int q = 0; q < questions.size(); q++) answers.put(questions.get(q), Map.of("level", levels[d][q]));
        }
        return Map.of("version", version, "answers", answers);
    }

    private static String version(JsonNode record) {
        return "{\"version\": " + record.get("version").asLong() + "}";
    }

    @Test
    void anAssessorAnswersCompletesAndPlansAndTheNextAssessmentShowsTheChange() {
        Api pmo = Api.as(port, "pmo");
        String unit = "Maturity test unit " + System.nanoTime();
        Map<String, Object> start = Map.of("subject", "BUSINESS_UNIT", "businessUnit", unit, "assessedOn", "2025-03-01");
        assertThat(Api.as(port, "pm").post(ASSESSMENTS, json(start)).status()).as("a PM does not assess").isEqualTo(403);
        assertThat(Api.as(port, "exec").post(ASSESSMENTS, json(start)).status()).as("an executive reads only").isEqualTo(403);
        Api.Response started = pmo.post(ASSESSMENTS, json(start));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode first = started.json();
        long id = first.get("id").asLong();
        assertThat(first.get("state").asString()).isEqualTo("DRAFT");
        assertThat(first.get("questionnaire").asString()).isEqualTo(MaturityDomain.QUESTIONNAIRE);

        // an answer outside the scale, or to a question not in the questionnaire: 400 naming each, nothing stored
        Api.Response bad = pmo.put(ASSESSMENTS + "/" + id + "/answers", json(Map.of("version", first.get("version").asLong(),
                "answers", Map.of("RISK.1", Map.of("level", 6), "RISK.2", Map.of("level", 0), "RISK.9", Map.of("level", 3),
                        "FINANCE.1", Map.of("level", 2)))));
        assertThat(fields(bad)).containsExactlyInAnyOrder("answers.RISK.1", "answers.RISK.2", "answers.RISK.9");
        assertThat(pmo.get(ASSESSMENTS + "/" + id).json().get("answers")).isEmpty();

        // part answered: completing names every question left
        JsonNode partial = pmo.put(ASSESSMENTS + "/" + id + "/answers", json(Map.of("version", first.get("version").asLong(),
                "answers", Map.of("RISK.1", Map.of("level", 2, "comment", "Only on big projects"))))).json();
        assertThat(partial.get("scores").findValuesAsString("domain")).contains("RISK");
        List<String> missing = fields(pmo.post(ASSESSMENTS + "/" + id + "/complete", version(partial)));
        assertThat(missing).hasSize(20).contains("answers.MANAGEMENT_CONTROL.1", "answers.RISK.2").doesNotContain("answers.RISK.1");

        int[][] before = {{1, 2, 3}, {1, 1, 1}, {2, 2, 2}, {3, 3, 3}, {2, 2, 3}, {4, 4, 4}, {5, 5, 5}};
        JsonNode answered = pmo.put(ASSESSMENTS + "/" + id + "/answers", json(answers(partial.get("version").asLong(), before))).json();
        JsonNode completed = pmo.post(ASSESSMENTS + "/" + id + "/complete", version(answered)).json();
        assertThat(completed.get("state").asString()).isEqualTo("COMPLETED");
        // by hand: 2.0, 1.0, 2.0, 3.0, 2.3, 4.0, 5.0; overall 19.3 / 7 = 2.757 → 2.8
        assertThat(score(completed, "RISK")).isEqualTo("2.3");
        assertThat(completed.get("overall").asString()).isEqualTo("2.8");
        assertThat(completed.get("previousId").isNull()).isTrue();
        Api.Response again = pmo.put(ASSESSMENTS + "/" + id + "/answers", json(answers(completed.get("version").asLong(), before)));
        assertThat(again.status()).as("a completed assessment takes no answers").isEqualTo(409);
        assertThat(pmo.post(ASSESSMENTS + "/" + id + "/complete", version(answered)).status())
                .as("from a stale version").isEqualTo(409);

        // the improvement plan
        Api.Response noDomain = pmo.post(ASSESSMENTS + "/" + id + "/actions", json(Map.of("version", completed.get("version").asLong(),
                "description", "Write the risk method")));
        assertThat(fields(noDomain)).containsExactly("domain");
        JsonNode planned = pmo.post(ASSESSMENTS + "/" + id + "/actions", json(Map.of("version", completed.get("version").asLong(),
                "domain", "RISK", "description", "Write the risk method", "dueOn", "2025-06-30"))).json();
        assertThat(planned.get("actions").get(0).get("overdue").asBoolean()).isTrue();
        JsonNode done = pmo.post(ASSESSMENTS + "/" + id + "/actions/0/done", version(planned)).json();
        assertThat(done.get("actions").get(0).get("done").asBoolean()).isTrue();
        assertThat(pmo.post(ASSESSMENTS + "/" + id + "/actions/0/done", version(done)).status()).isEqualTo(409);

        // the next assessment of the same unit is compared with this one
        JsonNode next = pmo.post(ASSESSMENTS, json(Map.of("subject", "BUSINESS_UNIT", "businessUnit", unit,
                "assessedOn", "2026-03-01"))).json();
        int[][] after = {{2, 2, 3}, {2, 2, 2}, {2, 2, 2}, {3, 3, 3}, {3, 3, 3}, {4, 4, 4}, {5, 5, 5}};
        JsonNode later = pmo.put(ASSESSMENTS + "/" + next.get("id").asLong() + "/answers",
                json(answers(next.get("version").asLong(), after))).json();
        assertThat(later.get("previousId").asLong()).isEqualTo(id);
        assertThat(later.get("previousOverall").asString()).isEqualTo("2.8");
        JsonNode risk = domain(later, "RISK");
        assertThat(risk.get("score").asString()).isEqualTo("3.0");
        assertThat(risk.get("previous").asString()).isEqualTo("2.3");
        assertThat(risk.get("change").asString()).isEqualTo("0.7");

        // readers: portfolio managers and executives read, project managers and team members do not
        assertThat(Api.as(port, "exec").get(ASSESSMENTS + "/" + id).status()).isEqualTo(200);
        assertThat(Api.as(port, "portfolio").get(ASSESSMENTS).status()).isEqualTo(200);
        assertThat(Api.as(port, "pm").get(ASSESSMENTS + "/" + id).status()).isEqualTo(403);
        assertThat(Api.as(port, "member").get("/api/v1/pmo/maturity/questionnaire").status()).isEqualTo(403);
    }

    @Test
    void aBusinessUnitAssessmentNamesItsUnitAndNoneIsDatedInTheFuture() {
        Api pmo = Api.as(port, "pmo");
        assertThat(fields(pmo.post(ASSESSMENTS, json(Map.of("subject", "BUSINESS_UNIT"))))).containsExactly("businessUnit");
        assertThat(fields(pmo.post(ASSESSMENTS, json(Map.of("subject", "PMO", "assessedOn", "2999-01-01")))))
                .containsExactly("assessedOn");
        assertThat(fields(pmo.post(ASSESSMENTS, json(Map.of("businessUnit", "Finance"))))).containsExactly("subject");
    }

    @Test
    void theQuestionnaireIsReadInTheReadersLanguage() {
        JsonNode questionnaire = Api.as(port, "exec").get("/api/v1/pmo/maturity/questionnaire").json();
        assertThat(questionnaire.get("domains")).hasSize(7);
        assertThat(questionnaire.get("levels").get(4).get("name").asString()).isEqualTo("Optimised");
        assertThat(questionnaire.get("domains").get(4).get("questions").get(0).get("key").asString()).isEqualTo("RISK.1");
    }

    private static String score(JsonNode view, String domain) {
        return domain(view, domain).get("score").asString();
    }

    private static JsonNode domain(JsonNode view, String domain) {
        for (JsonNode score : view.get("scores")) if (score.get("domain").asString().equals(domain)) return score;
        throw new AssertionError("no score for " + domain);
    }

    @Test
    void theDemoHasTwoCompletedPmoAssessmentsAYearApartShowingAnImprovementAndAUnitsOne() {
        Api exec = Api.as(port, "exec");
        List<JsonNode> pmo = new ArrayList<>();
        List<JsonNode> units = new ArrayList<>();
        for (JsonNode summary : exec.get(ASSESSMENTS).json()) {
            if (!summary.get("state").asString().equals("COMPLETED")) continue;
            if (summary.get("subject").asString().equals("PMO")) pmo.add(summary);
            else if ("Operations".equals(summary.get("businessUnit").asString())) units.add(summary);
        }
        assertThat(pmo).hasSizeGreaterThanOrEqualTo(2);
        assertThat(units).isNotEmpty();
        JsonNode latest = exec.get(ASSESSMENTS + "/" + pmo.get(0).get("id").asLong()).json();
        assertThat(latest.get("previousId").asLong()).isEqualTo(pmo.get(1).get("id").asLong());
        assertThat(java.time.temporal.ChronoUnit.MONTHS.between(
                java.time.LocalDate.parse(latest.get("previousAssessedOn").asString()),
                java.time.LocalDate.parse(latest.get("assessedOn").asString()))).isEqualTo(12);
        assertThat(latest.get("overall").decimalValue()).isGreaterThan(latest.get("previousOverall").decimalValue());
        int better = 0;
        for (JsonNode score : latest.get("scores")) if (score.get("change").decimalValue().signum() > 0) better++;
        assertThat(better).as("domains improved").isGreaterThanOrEqualTo(5);
        assertThat(exec.get(ASSESSMENTS + "/" + pmo.get(1).get("id").asLong()).json().get("actions")).isNotEmpty();
    }
}
