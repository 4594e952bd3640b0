package org.lodestar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

class DemoPlansIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Test
    void everyDemoProjectHasARealPlanWithACriticalPathAndABaseline() {
        Api pmo = Api.as(port, "pmo");
        JsonNode projects = pmo.get("/api/v1/projects?sort=code&size=40").json().get("items");
        int slipped = 0;
        int underWay = 0;
        for (JsonNode project : projects) {
            long id = project.get("id").asLong();
            JsonNode plan = pmo.get("/api/v1/projects/" + id + "/plan").json();
            String code = project.get("code").asString();

            assertThat(plan.get("tasks").size()).as(code).isBetween(10, 300);
            // a closed project's plan is complete: nothing is left to be critical
            if (!"CLOSED".equals(project.get("state").asString())) {
                assertThat(plan.get("criticalPath").size()).as(code).isPositive();
            }
            assertThat(plan.get("tasks")).as(code).anySatisfy(task -> assertThat(task.get("summary").asBoolean()).isTrue());
            assertThat(plan.get("tasks")).as(code).anySatisfy(task -> assertThat(task.get("milestone").asBoolean()).isTrue());
            assertThat(plan.get("links")).as(code).anySatisfy(link -> assertThat(link.get("type").asString()).isNotEqualTo("FS"));
            assertThat(plan.get("baselineNumber").asInt()).as(code).isZero();
            JsonNode variance = pmo.get("/api/v1/projects/" + id + "/baselines/0/variance").json();
            for (JsonNode row : variance.get("tasks")) {
                if (row.get("slipped").asBoolean()) {
                    slipped++;
                    break;
                }
            }
            for (JsonNode task : plan.get("tasks")) {
                if (!task.get("summary").asBoolean() && task.get("percentComplete").asInt() > 0) {
                    underWay++;
                    break;
                }
            }
        }
        assertThat(projects).hasSize(40);
        // most of the ten active amber and red projects (a lengthened task may still finish by its baseline);
        // green ones keep to their baseline
        assertThat(slipped).as("projects slipped since their baseline").isBetween(8, 10);
        assertThat(underWay).as("projects with progress").isGreaterThan(20);
    }

    @Test
    void demoPlansAreTheSameOnEveryStart() {
        JsonNode plan = Api.as(port, "pm").get("/api/v1/projects/1/plan").json();

        assertThat(plan.get("tasks").get(0).get("name").asString()).isEqualTo("Project kick-off");
        assertThat(plan.get("tasks").size()).isEqualTo(EXPECTED_SIZE_OF_FIRST_PLAN);
    }

    /** The first demo project's plan size with seed 7000: a change to the generator shows here. */
    private static final int EXPECTED_SIZE_OF_FIRST_PLAN = 31;
}
