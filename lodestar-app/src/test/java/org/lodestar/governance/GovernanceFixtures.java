package org.lodestar.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * Projects for governance tests, made through the API: an active project in the portfolio the demo account
 * {@code portfolio} manages (so that it sits on the gate board), managed by {@code pm}, in a registry phase.
 */
public final class GovernanceFixtures {

    private GovernanceFixtures() {
    }

    public static long project(int port, String name, String phase) {
        Api pmo = Api.as(port, "pmo");
        long portfolio = -1;
        for (JsonNode candidate : pmo.get("/api/v1/portfolios").json()) {
            if (candidate.path("manager").path("code").asString("").equals("portfolio")) {
                portfolio = candidate.get("id").asLong();
            }
        }
        long pm = -1;
        for (JsonNode person : pmo.get("/api/v1/users").json()) {
            if (person.get("username").asString().equals("pm")) pm = person.get("id").asLong();
        }
        Map<String, Object> project = ProjectFixtures.newProject(name, portfolio);
        project.put("state", "ACTIVE");
        project.put("phase", phase);
        project.put("managerId", pm);
        Api.Response created = pmo.post("/api/v1/projects", ProjectFixtures.json(project));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    public static long lifecycle(int port, String code) {
        for (JsonNode lifecycle : Api.as(port, "pm").get("/api/v1/lifecycles").json()) {
            if (lifecycle.get("code").asString().equals(code)) return lifecycle.get("id").asLong();
        }
        throw new AssertionError("no lifecycle " + code);
    }

    /** Puts the project on the lifecycle as the PMO, with the four answers; the governance view. */
    public static JsonNode adopt(int port, long project, String lifecycle, int size, int complexity, int risk,
                                 int importance) {
        Api.Response adopted = Api.as(port, "pmo").post("/api/v1/projects/" + project + "/governance", """
                {"lifecycleId": %d, "answers": {"size": %d, "complexity": %d, "risk": %d, "importance": %d}}
                """.formatted(lifecycle(port, lifecycle), size, complexity, risk, importance));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        return adopted.json();
    }
}
