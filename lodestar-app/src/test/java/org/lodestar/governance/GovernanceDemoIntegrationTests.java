package org.lodestar.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The demo organisation uses the three lifecycles, with gate reviews in several states, and keeps stakeholders. */
class GovernanceDemoIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Test
    void demoProjectsAreOnTheThreeLifecyclesWithReviewsInSeveralStates() {
        Api pmo = Api.as(port, "pmo");
        Set<String> lifecycles = new HashSet<>();
        Set<String> reviews = new HashSet<>();
        Set<String> overridden = new HashSet<>();
        Set<String> actions = new HashSet<>();
        int registers = 0;
        int plans = 0;
        for (JsonNode project : pmo.get("/api/v1/projects?size=200&state=ACTIVE").json().get("items")) {
            JsonNode governance = pmo.get("/api/v1/projects/" + project.get("id").asLong() + "/governance").json();
            if (!pmo.get("/api/v1/projects/" + project.get("id").asLong() + "/stakeholders").json().isEmpty()) {
                registers++;
            }
            if (!pmo.get("/api/v1/projects/" + project.get("id").asLong() + "/communications").json().isEmpty()) {
                plans++;
            }
            if (governance.get("lifecycle").isNull()) continue;
            lifecycles.add(governance.get("lifecycle").get("code").asString());
            governance.get("reviews").forEach(review -> reviews.add(review.get("decision").isNull()
                    ? review.get("state").asString() : review.get("decision").asString()));
            governance.get("overrides").forEach(override -> overridden.add(override.get("key").asString()));
            governance.get("actions").forEach(action -> actions.add(action.get("text").asString()));
        }

        assertThat(lifecycles).contains("WATERFALL", "AGILE", "SMALL");
        assertThat(reviews).contains("REQUESTED", "GO", "GO_WITH_CONDITIONS", "HOLD", "RECYCLE");
        assertThat(overridden).contains("businessCase");
        assertThat(registers).isGreaterThanOrEqualTo(3);
        assertThat(plans).isGreaterThanOrEqualTo(2);
        assertThat(pmo.get("/api/v1/knowledge").body()).contains("Preparing a gate review", "Writing a project charter");
        assertThat(actions).contains("Agree the release calendar with operations.");
    }
}
