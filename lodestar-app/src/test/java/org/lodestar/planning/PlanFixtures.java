package org.lodestar.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plans as JSON bodies of {@code PUT /api/v1/projects/{id}/plan}. */
final class PlanFixtures {

    private PlanFixtures() {
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
