package org.lodestar.portfolio;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lodestar.support.Api;

/** Project commands as JSON, for API tests; {@code risk_level} is filled because the demo makes it required. */
public final class ProjectFixtures {

    private ProjectFixtures() {
    }

    public static Map<String, Object> newProject(String name, long portfolioId) {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("name", name);
        project.put("portfolioId", portfolioId);
        project.put("phase", "INITIATION");
        project.put("state", "PROPOSED");
        project.put("priority", "MEDIUM");
        project.put("currency", "EUR");
        project.put("budget", 250000);
        project.put("plannedStart", "2027-01-04");
        project.put("plannedFinish", "2027-06-30");
        project.put("customFields", new LinkedHashMap<>(Map.of("risk_level", "Low")));
        return project;
    }

    public static String json(Object value) {
        return Api.mapper().writeValueAsString(value);
    }
}
