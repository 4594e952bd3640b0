package org.lodestar.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo organisation uses the three lifecycles, with gate reviews in several states, keeps stakeholders, has a
 * steering committee per portfolio with past meetings, and one project closed with its closure report.
 */
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

    @Test
    void everyDemoPortfolioHasASteeringCommitteeWithTwoPastMeetingsAndOneProjectIsClosedWithItsReport() {
        Api pmo = Api.as(port, "pmo");
        int committees = 0;
        for (JsonNode portfolio : pmo.get("/api/v1/portfolios").json()) {
            Api.Response committee = pmo.get("/api/v1/portfolios/" + portfolio.get("id").asLong()
                    + "/steering-committee");
            if (committee.status() != 200 || !committee.json().get("name").asString().endsWith("steering committee")) {
                continue;
            }
            committees++;
            JsonNode meetings = committee.json().get("meetings");
            long held = 0;
            long scheduled = 0;
            for (JsonNode meeting : meetings) {
                if (meeting.get("state").asString().equals("HELD")) held++;
                else scheduled++;
            }
            assertThat(held).isGreaterThanOrEqualTo(2);
            assertThat(scheduled).isGreaterThanOrEqualTo(1);
            String log = pmo.get("/api/v1/portfolios/" + portfolio.get("id").asLong() + "/steering-decisions").body();
            assertThat(log).contains("Confirm the portfolio's priorities for the quarter.");
            JsonNode open = pmo.get("/api/v1/portfolios/" + portfolio.get("id").asLong()
                    + "/steering-actions?open=true").json();
            assertThat(open.size()).isGreaterThanOrEqualTo(2);
        }
        assertThat(committees).isGreaterThanOrEqualTo(2);

        boolean closedWithReport = false;
        for (JsonNode project : pmo.get("/api/v1/projects?size=200&state=CLOSED").json().get("items")) {
            JsonNode closure = pmo.get("/api/v1/projects/" + project.get("id").asLong() + "/closure").json();
            closedWithReport |= "ACCEPTED".equals(closure.path("state").asString(""))
                    && "Head of operations".equals(closure.get("benefitsOwner").asString(""));
        }
        assertThat(closedWithReport).isTrue();
    }
}
