package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.support.Api;

/** Plans as JSON bodies of {@code PUT /api/v1/projects/{id}/plan}. */
final class PlanFixtures {

    private PlanFixtures() {
    }

    /** A new project of portfolio 1 named {@code name}, created by {@code api}'s user, with {@link #smallPlan()}. */
    static long projectWithSmallPlan(Api api, String name) {
        long project = api.post("/api/v1/projects", json(newProject(name, 1))).json().get("id").asLong();
        Api.Response stored = api.put("/api/v1/projects/" + project + "/plan", json(smallPlan()));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        return project;
    }

    /**
     * A phase "Build" with Design (5d), Code (1w, 1 day after Design) and Test (4d, starting 2 days after Code
     * starts), then the milestone Go-live after Test; starting Monday 4 January 2027.
     */
    static Map<String, Object> smallPlan() {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("start", "2027-01-04");
        plan.put("tasks", List.of(
                task("build", null, "Build", null),
                task("design", "build", "Design", "5d"),
                task("code", "build", "Code", "1w"),
                task("test", "build", "Test", "4d"),
                task("go", null, "Go-live", "0")));
        plan.put("dependencies", List.of(
                Map.of("predecessor", "design", "successor", "code", "lag", "1d"),
                Map.of("predecessor", "code", "successor", "test", "type", "SS", "lag", "2d"),
                Map.of("predecessor", "test", "successor", "go")));
        return plan;
    }

    private static Map<String, Object> task(String key, String parent, String name, String duration) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("key", key);
        if (parent != null) task.put("parentKey", parent);
        task.put("name", name);
        if (duration != null) task.put("duration", duration);
        return task;
    }
}
