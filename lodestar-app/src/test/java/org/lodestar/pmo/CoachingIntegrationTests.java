package org.lodestar.pmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeFixtures;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Coaching through the API: assigning mentors and its rules, the log of sessions and actions, and its privacy. */
class CoachingIntegrationTests extends IntegrationTestSupport {

    private static final String MENTORINGS = "/api/v1/pmo/mentorings";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static String version(JsonNode record) {
        return "{\"version\": " + record.get("version").asLong() + "}";
    }

    @Test
    void thePmoAssignsAMentorWhoLogsSessionsAndOnlyThePairAndThePmoReadTheLog() {
        Api pmo = Api.as(port, "pmo");
        long mentor = ChangeFixtures.personId(people, "portfolio");
        long mentee = ChangeFixtures.personId(people, "pm");
        long member = ChangeFixtures.personId(people, "member");
        Map<String, Object> assign = Map.of("mentorId", mentor, "menteeId", mentee);
        assertThat(Api.as(port, "pm").post(MENTORINGS, json(assign)).status()).as("the PMO assigns").isEqualTo(403);
        // rules: the mentee is a project manager, nobody mentors themself
        assertThat(fields(pmo.post(MENTORINGS, json(Map.of("mentorId", mentor, "menteeId", member)))))
                .containsExactly("menteeId");
        assertThat(fields(pmo.post(MENTORINGS, json(Map.of("mentorId", mentee, "menteeId", mentee)))))
                .containsExactly("mentorId");
        assertThat(fields(pmo.post(MENTORINGS, json(Map.of("mentorId", 987654321L, "menteeId", mentee)))))
                .containsExactly("mentorId");
        Api.Response assigned = pmo.post(MENTORINGS, json(assign));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
        JsonNode mentoring = assigned.json();
        long id = mentoring.get("id").asLong();
        assertThat(fields(pmo.post(MENTORINGS, json(assign)))).as("once per pair").containsExactly("menteeId");

        // the mentor logs a session with an agreed action; the mentee reads it, does not log
        Api mentorApi = Api.as(port, "portfolio");
        Map<String, Object> session = Map.of("heldOn", LocalDate.now().minusDays(3).toString(),
                "topics", List.of("RISK", "PLANNING"), "notes", "Reviewed the risk register together",
                "actions", List.of(Map.of("description", "Score the open risks again", "dueOn", "2020-01-31")),
                "version", mentoring.get("version").asLong());
        assertThat(Api.as(port, "pm").post(MENTORINGS + "/" + id + "/sessions", json(session)).status())
                .as("the mentee does not log").isEqualTo(403);
        assertThat(fields(mentorApi.post(MENTORINGS + "/" + id + "/sessions", json(Map.of("heldOn",
                LocalDate.now().plusDays(2).toString(), "topics", List.of(), "version", mentoring.get("version").asLong())))))
                .containsExactlyInAnyOrder("heldOn", "topics");
        JsonNode logged = mentorApi.post(MENTORINGS + "/" + id + "/sessions", json(session)).json();
        assertThat(logged.get("sessions").get(0).get("topics").get(0).asString()).isEqualTo("RISK");
        assertThat(logged.get("actions").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(logged.get("overdueActions").asInt()).isEqualTo(1);

        JsonNode read = Api.as(port, "pm").get(MENTORINGS + "/" + id).json();
        assertThat(read.get("sessions").get(0).get("notes").asString()).isEqualTo("Reviewed the risk register together");
        assertThat(read.get("loggable").asBoolean()).isFalse();
        // a coaching log is personal: an executive and a team member are refused
        assertThat(Api.as(port, "exec").get(MENTORINGS + "/" + id).status()).isEqualTo(403);
        assertThat(Api.as(port, "member").get(MENTORINGS + "/" + id).status()).isEqualTo(403);
        assertThat(Api.as(port, "exec").get(MENTORINGS).json().findValuesAsString("id")).doesNotContain(Long.toString(id));
        assertThat(Api.as(port, "pm").get(MENTORINGS).json()).anyMatch(m -> m.get("id").asLong() == id);

        JsonNode followed = mentorApi.post(MENTORINGS + "/" + id + "/actions/0/follow-up",
                json(Map.of("note", "All risks scored", "version", logged.get("version").asLong()))).json();
        assertThat(followed.get("actions").get(0).get("done").asBoolean()).isTrue();
        assertThat(followed.get("actions").get(0).get("followUp").asString()).isEqualTo("All risks scored");
        assertThat(mentorApi.post(MENTORINGS + "/" + id + "/actions/0/follow-up", version(followed)).status())
                .as("followed up once").isEqualTo(409);

        JsonNode ended = pmo.post(MENTORINGS + "/" + id + "/end", version(followed)).json();
        assertThat(ended.get("endedOn").isNull()).isFalse();
        assertThat(mentorApi.post(MENTORINGS + "/" + id + "/sessions", json(Map.of("heldOn", LocalDate.now().toString(),
                "topics", List.of("CAREER"), "version", ended.get("version").asLong()))).status())
                .as("an ended mentoring takes no session").isEqualTo(409);
    }

    @Test
    void theDemoHasMentorsWithCoachingLogs() {
        JsonNode all = Api.as(port, "pmo").get(MENTORINGS).json();
        List<JsonNode> withSessions = new ArrayList<>();
        all.forEach(m -> {
            if (m.get("sessions").size() > 0) withSessions.add(m);
        });
        assertThat(withSessions).hasSizeGreaterThanOrEqualTo(3);
        assertThat(withSessions).anyMatch(m -> m.get("sessions").size() >= 3 && m.get("overdueActions").asInt() == 1);
        assertThat(withSessions).anyMatch(m -> m.get("actions").findValuesAsString("followUp").contains("Done as agreed"));
    }
}
