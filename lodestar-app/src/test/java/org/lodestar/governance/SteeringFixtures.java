package org.lodestar.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.support.Api;
import tools.jackson.databind.JsonNode;

/** Portfolios, committees and meetings for steering tests, made through the API, never the demo's records. */
public final class SteeringFixtures {

    private SteeringFixtures() {
    }

    /** People's ids by username. */
    public static Map<String, Long> people(int port) {
        Map<String, Long> ids = new HashMap<>();
        for (JsonNode person : Api.as(port, "pmo").get("/api/v1/users").json()) {
            ids.put(person.get("username").asString(), person.get("id").asLong());
        }
        return ids;
    }

    /** A new portfolio managed by the account (without a committee). */
    public static long portfolio(int port, String manager) {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        Api.Response created = Api.as(port, "pmo").post("/api/v1/portfolios", """
                {"code": "ST-%s", "name": "Steering %s", "managerId": %d}
                """.formatted(tag, tag, people(port).get(manager)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** An active project of the portfolio, managed by {@code pm}. */
    public static long project(int port, long portfolio, String name) {
        Map<String, Object> project = ProjectFixtures.newProject(name, portfolio);
        project.put("state", "ACTIVE");
        project.put("phase", "EXECUTION");
        project.put("managerId", people(port).get("pm"));
        Api.Response created = Api.as(port, "pmo").post("/api/v1/projects", ProjectFixtures.json(project));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** Forms the portfolio's committee as the PMO: chaired by the portfolio's manager, the executive a member. */
    public static JsonNode committee(int port, long portfolio) {
        Map<String, Long> people = people(port);
        Api.Response kept = Api.as(port, "pmo").put("/api/v1/portfolios/" + portfolio + "/steering-committee", """
                {"name": "Board", "chairId": %d, "cadence": "MONTHLY", "members": [
                  {"personId": %d, "role": "Sponsor"}, {"personId": %d, "role": "Portfolio manager"}]}
                """.formatted(people.get("portfolio"), people.get("exec"), people.get("portfolio")));
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        return kept.json();
    }

    /** Schedules a meeting as the PMO; its view. */
    public static JsonNode meeting(int port, long portfolio, String heldOn) {
        Api.Response scheduled = Api.as(port, "pmo").post("/api/v1/portfolios/" + portfolio + "/steering-meetings",
                "{\"heldOn\": \"" + heldOn + "\", \"agenda\": \"Gates\\nRisks\"}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        return scheduled.json();
    }

    /** Records the meeting as held as the PMO, the executive attending; its view. */
    public static JsonNode held(int port, JsonNode meeting) {
        Api.Response recorded = Api.as(port, "pmo").post("/api/v1/steering-meetings/" + meeting.get("id").asLong()
                + "/record", """
                {"attendeeIds": [%d], "minutes": "Reviewed the gates.", "version": %d}
                """.formatted(people(port).get("exec"), meeting.get("version").asLong()));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        return recorded.json();
    }
}
