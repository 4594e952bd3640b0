package org.lodestar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.status.ComputedHealth;
import org.lodestar.status.HealthIndicatorView;
import org.lodestar.status.ProjectHealth;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo tells a believable story on the day it is generated: plans agree with the registry, running projects
 * report progress up to the last reporting period, and only a handful are reported greener than their data.
 */
class DemoStoryIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    ComputedHealth health;

    @Autowired
    Clock clock;

    @Test
    void theDemoOrganisationIsCoherentOnTheDayItIsGenerated() {
        Api pmo = Api.as(port, "pmo");
        LocalDate today = LocalDate.now(clock);
        List<Long> active = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<Long, String> codes = new java.util.HashMap<>();
        for (JsonNode row : pmo.get("/api/v1/projects?sort=code&size=200").json().get("items")) {
            long id = row.get("id").asLong();
            JsonNode project = pmo.get("/api/v1/projects/" + id).json();
            // the demo organisation's projects, by the description it gives them (other tests make projects too)
            if (project.get("description").isNull()
                    || !project.get("description").asString().endsWith("monthly portfolio review.")) {
                continue;
            }
            String code = project.get("code").asString();
            codes.put(id, code);
            JsonNode plan = pmo.get("/api/v1/projects/" + id + "/plan").json();
            if (plan.get("tasks").isEmpty()) continue;
            if (!day(plan.get("start")).equals(project.get("forecastStart").asString())
                    || !day(plan.get("finish")).equals(project.get("forecastFinish").asString())) {
                problems.add(code + ": registry forecast " + project.get("forecastStart").asString() + " to "
                        + project.get("forecastFinish").asString() + ", plan " + day(plan.get("start")) + " to "
                        + day(plan.get("finish")));
            }
            if (!"ACTIVE".equals(project.get("state").asString())) continue;
            active.add(id);
            if (LocalDate.parse(day(plan.get("finish"))).isBefore(today) && project.get("actualFinish").isNull()) {
                problems.add(code + ": active, its plan finished on " + day(plan.get("finish")) + " without actual finish");
            }
            LocalDate status = plan.get("statusDate").isNull() ? null : LocalDate.parse(day(plan.get("statusDate")));
            if (status == null || status.isBefore(today.minusDays(35))) {
                problems.add(code + ": active, its plan's status date is " + status);
            }
        }
        Map<Long, ProjectHealth> read = health.forProjects(active, today);
        List<String> flagged = new ArrayList<>();
        read.values().stream().filter(ProjectHealth::discrepancy).forEach(project -> flagged.add(
                codes.get(project.project()) + " reported " + project.reported() + ", data " + project.computed()
                        + " " + project.indicators().stream().filter(indicator -> indicator.rag() == project.computed())
                        .map(DemoStoryIntegrationTests::text).toList()));

        assertThat(active).as("active demo projects").hasSizeGreaterThan(20);
        assertThat(problems).as("incoherent demo projects").isEmpty();
        assertThat(flagged.size()).as("active projects reported better than their data: " + flagged)
                .isPositive().isLessThanOrEqualTo(active.size() / 5);
    }

    private static String text(HealthIndicatorView indicator) {
        return indicator.key() + "=" + indicator.value() + " " + indicator.inputs();
    }

    private static String day(JsonNode dateTime) {
        return dateTime.asString().substring(0, 10);
    }
}
