package org.lodestar.portfolio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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

    /** The command that leaves a project as it is, built from its JSON view. */
    public static ObjectNode commandFrom(JsonNode view) {
        ObjectNode command = Api.mapper().createObjectNode();
        for (String field : List.of("code", "name", "description", "businessUnit", "phase", "state", "priority",
                "plannedStart", "plannedFinish", "forecastStart", "forecastFinish", "actualStart",
                "actualFinish", "budget", "currency", "version")) {
            command.set(field, view.get(field));
        }
        command.put("portfolioId", view.get("portfolio").get("id").asLong());
        if (!view.get("programme").isNull()) command.put("programmeId", view.get("programme").get("id").asLong());
        if (!view.get("manager").isNull()) command.put("managerId", view.get("manager").get("id").asLong());
        if (!view.get("sponsor").isNull()) command.put("sponsorId", view.get("sponsor").get("id").asLong());
        command.set("tags", view.get("tags"));
        var objectives = command.putArray("objectiveIds");
        view.get("objectives").forEach(objective -> objectives.add(objective.get("id").asLong()));
        ObjectNode custom = command.putObject("customFields");
        view.get("customFields").forEach(field -> custom.put(field.get("key").asString(), field.get("value").asString()));
        return command;
    }
}
