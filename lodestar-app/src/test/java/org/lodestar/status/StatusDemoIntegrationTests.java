package org.lodestar.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The demo organisation's year of status reports, as the dashboard shows it. */
class StatusDemoIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Test
    void theDemoHasAYearOfHistoryWithLateAndMissingReportsAndContradictedGreens() {
        JsonNode dashboard = Api.as(port, "pmo").get("/api/v1/status/dashboard").json();

        assertThat(dashboard.get("discrepancies").asInt()).as("green reports the data contradicts: " + dashboard)
                .isGreaterThanOrEqualTo(3);
        assertThat(dashboard.get("late")).isNotEmpty();
        assertThat(dashboard.get("missing").size()).isGreaterThanOrEqualTo(2);
        int weeksWithReports = 0;
        for (JsonNode week : dashboard.get("trend")) {
            if (week.get("green").asInt() + week.get("amber").asInt() + week.get("red").asInt() > 0) weeksWithReports++;
        }
        assertThat(weeksWithReports).isGreaterThanOrEqualTo(StatusDashboard.TREND_WEEKS - 1);
        JsonNode trend = dashboard.get("trend");
        int reds = 0;
        int ambers = 0;
        for (JsonNode week : trend) {
            reds += week.get("red").asInt();
            ambers += week.get("amber").asInt();
        }
        assertThat(reds).as("a mix of health").isPositive();
        assertThat(ambers).isPositive();
        assertThat(dashboard.get("milestones")).as("milestones due in the next 30 days").isNotEmpty();
        assertThat(dashboard.get("topRisks")).isNotEmpty();
    }

    @Test
    void aDemoProjectHasAboutAYearOfWeeklyReports() {
        JsonNode dashboard = Api.as(port, "pmo").get("/api/v1/status/dashboard?sort=code&descending=false&size=1000").json();
        int longest = 0;
        for (JsonNode row : dashboard.get("heatmap")) {
            int reports = Api.as(port, "pmo").get("/api/v1/projects/" + row.get("id").asLong() + "/status-reports")
                    .json().size();
            longest = Math.max(longest, reports);
        }
        assertThat(longest).isBetween(50, 54);
    }

    @Test
    void thePmoHasASubmittedReportToReviewAndWasNotified() {
        JsonNode notifications = Api.as(port, "pmo").get("/api/v1/notifications").json();
        boolean submitted = false;
        for (JsonNode notification : notifications) {
            submitted |= notification.get("messageKey").asString().equals("status.notification.SUBMITTED");
        }
        assertThat(submitted).isTrue();
    }
}
