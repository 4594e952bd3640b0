package org.lodestar.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lodestar.platform.People;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.support.Api;

/** Projects and reports for status tests: each test makes its own active project, managed by {@code pm}. */
public final class StatusFixtures {

    private StatusFixtures() {
    }

    /** A new active project in the first portfolio, managed by the demo account {@code pm}, with this budget. */
    public static long activeProjectOfPm(int port, People people, String name, long budget) {
        return activeProjectOfPm(port, people, name, budget, "2027-12-31");
    }

    /** The same, finishing on the given day (pages list "my projects" by planned finish, the first 50). */
    public static long activeProjectOfPm(int port, People people, String name, long budget, String plannedFinish) {
        long pm = people.all().stream().filter(person -> person.username().equals("pm")).findFirst().orElseThrow()
                .id().value();
        Map<String, Object> project = ProjectFixtures.newProject(name, 1);
        project.put("state", "ACTIVE");
        project.put("phase", "EXECUTION");
        project.put("managerId", pm);
        project.put("budget", budget);
        project.put("plannedStart", "2026-01-05");
        project.put("plannedFinish", plannedFinish);
        Api.Response created = Api.as(port, "pmo").post("/api/v1/projects", ProjectFixtures.json(project));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** A complete report body: every dimension rated, red and amber ones with a comment. */
    public static Map<String, Object> completeReport(String overall, long version) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("overall", rating(overall, "On track overall"));
        for (String dimension : new String[] {"schedule", "cost", "scope", "resources", "risks", "quality"}) {
            report.put(dimension, rating("GREEN", null));
        }
        report.put("accomplishments", "Design signed off");
        report.put("nextSteps", "Start the build");
        report.put("percentComplete", 40);
        report.put("actualCost", 30000);
        report.put("forecastFinish", "2027-12-31");
        report.put("forecastCost", 100000);
        report.put("milestones", java.util.List.of(Map.of("name", "Design approved", "due", "2026-03-01",
                "forecast", "2026-03-01", "done", true)));
        report.put("version", version);
        return report;
    }

    public static Map<String, Object> rating(String rag, String comment) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("rag", rag);
        rating.put("comment", comment);
        return rating;
    }

    public static String act(long version, String comment) {
        Map<String, Object> act = new LinkedHashMap<>();
        act.put("version", version);
        act.put("comment", comment);
        return ProjectFixtures.json(act);
    }
}
