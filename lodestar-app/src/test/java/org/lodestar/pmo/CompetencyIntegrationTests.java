package org.lodestar.pmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Competency self-assessments through the API: the ratings' rules, history, goals, and who reads them. */
class CompetencyIntegrationTests extends IntegrationTestSupport {

    private static final String COMPETENCIES = "/api/v1/pmo/competencies";

    @LocalServerPort
    int port;

    private static Map<String, Object> ratings(int... levels) {
        Map<String, Object> ratings = new LinkedHashMap<>();
        Competency[] all = Competency.values();
        for (int i = 0; i < levels.length; i++) ratings.put(all[i].name(), levels[i]);
        return ratings;
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    @Test
    void aPersonAssessesThemselfSeesTheChangeAndSetsGoals() {
        Api member = Api.as(port, "member");
        // every competency rated from 1 to 5: an unknown one, one out of the scale and the missing are each named
        Map<String, Object> bad = ratings(3, 6, 2, 2, 2, 2, 2);
        bad.put("JUGGLING", 3);
        assertThat(fields(member.post(COMPETENCIES, json(Map.of("ratings", bad)))))
                .containsExactlyInAnyOrder("ratings.SCHEDULE_AND_COST", "ratings.JUGGLING", "ratings.BENEFITS");
        assertThat(fields(member.post(COMPETENCIES, json(Map.of("ratings", ratings(1, 1, 1, 1, 1, 1, 1, 1),
                "assessedOn", LocalDate.now().plusDays(1).toString()))))).containsExactly("assessedOn");

        JsonNode first = member.post(COMPETENCIES, json(Map.of("ratings", ratings(2, 2, 2, 2, 2, 2, 2, 1),
                "assessedOn", "2025-01-10"))).json();
        Api.Response second = member.post(COMPETENCIES, json(Map.of("ratings", ratings(3, 2, 4, 2, 2, 2, 2, 2),
                "assessedOn", "2025-09-10")));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        JsonNode now = second.json();
        assertThat(now.get("previousId").asLong()).isEqualTo(first.get("id").asLong());
        Map<String, String> change = new LinkedHashMap<>();
        now.get("ratings").forEach(r -> change.put(r.get("competency").asString(),
                r.get("previous").asInt() + "→" + r.get("level").asInt()));
        assertThat(change).containsEntry("PLANNING", "2→3").containsEntry("RISK", "2→4").containsEntry("LEADERSHIP", "2→2");

        // a goal aims above the level rated; reached once
        long id = now.get("id").asLong();
        String goals = COMPETENCIES + "/" + id + "/goals";
        long version = now.get("version").asLong();
        Api.Response notHigher = member.post(goals, json(Map.of("competency", "RISK", "description", "Teach it",
                "targetLevel", 4, "version", version)));
        assertThat(fields(notHigher)).containsExactly("targetLevel");
        JsonNode planned = member.post(goals, json(Map.of("competency", "RISK", "description", "Teach the risk workshop",
                "targetLevel", 5, "dueOn", "2025-12-31", "version", version))).json();
        assertThat(planned.get("goals").get(0).get("overdue").asBoolean()).as("due in the past, not reached").isTrue();
        JsonNode reached = member.post(goals + "/0/done", "{\"version\": " + planned.get("version").asLong() + "}").json();
        assertThat(reached.get("goals").get(0).get("done").asBoolean()).isTrue();
        assertThat(member.post(goals + "/0/done", "{\"version\": " + reached.get("version").asLong() + "}").status())
                .as("reached once").isEqualTo(409);

        // personal: the person and the PMO read it; an executive, the portfolio manager and another person do not
        assertThat(Api.as(port, "pmo").get(COMPETENCIES + "/" + id).status()).isEqualTo(200);
        for (String other : List.of("exec", "portfolio", "pm")) {
            assertThat(Api.as(port, other).get(COMPETENCIES + "/" + id).status()).as(other).isEqualTo(403);
            List<Long> listed = new ArrayList<>();
            Api.as(port, other).get(COMPETENCIES).json().forEach(a -> listed.add(a.get("id").asLong()));
            assertThat(listed).as(other).doesNotContain(id);
        }
        assertThat(Api.as(port, "requester").get(COMPETENCIES).status()).isEqualTo(403);
    }

    @Test
    void theDemoProjectManagerHasGrownAndTheirMentorReadsIt() {
        // pmo mentors pm in the demo: it reads pm's assessments, which show growth against the year before
        JsonNode latest = null;
        for (JsonNode a : Api.as(port, "pm").get(COMPETENCIES).json()) {
            // the demo's latest, a month ago (other tests may have assessed pm since)
            if (a.get("person").get("code").asString().equals("pm")
                    && a.get("assessedOn").asString().equals(LocalDate.now().minusMonths(1).toString())) {
                latest = a;
                break;
            }
        }
        assertThat(latest).as("pm's latest assessment with a previous one").isNotNull();
        int grown = 0;
        for (JsonNode r : latest.get("ratings")) if (r.get("level").asInt() > r.get("previous").asInt()) grown++;
        assertThat(grown).isGreaterThanOrEqualTo(3);
        assertThat(Api.as(port, "pmo").get(COMPETENCIES + "/" + latest.get("id").asLong()).status()).isEqualTo(200);
    }
}
