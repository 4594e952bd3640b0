package org.lodestar.intake;

import static org.lodestar.intake.RequestWorkflowApiIntegrationTests.created;
import static org.lodestar.intake.RequestWorkflowApiIntegrationTests.ok;

import org.lodestar.support.Api;
import tools.jackson.databind.JsonNode;

/** Requests brought to a state through the API, as their requester and the PMO would. */
public final class IntakeFixtures {

    private IntakeFixtures() {
    }

    /**
     * A complete new-project request of the requester (category Digital), taken by the PMO as far as evaluation;
     * {@code financials}, if given, is a financials body whose {@code %d} is the version.
     */
    static JsonNode inEvaluation(int port, String title, String financials) {
        Api requester = Api.as(port, "requester");
        Api pmo = Api.as(port, "pmo");
        JsonNode request = created(requester.post("/api/v1/requests", """
                {"typeId": 1, "title": "%s", "portfolioId": 1, "category": "Digital",
                 "values": {"problem": "A problem", "outcome": "An outcome", "urgency": "intake.default.choice.medium"}}
                """.formatted(title)));
        long id = request.get("id").asLong();
        if (financials != null) {
            request = ok(requester.put("/api/v1/requests/" + id + "/financials",
                    financials.formatted(request.get("version").asLong())));
        }
        request = ok(requester.post("/api/v1/requests/" + id + "/submit", version(request)));
        request = ok(pmo.post("/api/v1/requests/" + id + "/screen", version(request)));
        return ok(pmo.post("/api/v1/requests/" + id + "/evaluate", version(request)));
    }

    /**
     * The same request approved and converted by the PMO into a project of portfolio 1; the converted request (its
     * {@code projectId} names the project).
     */
    public static JsonNode converted(int port, String title, String financials) {
        Api pmo = Api.as(port, "pmo");
        JsonNode request = inEvaluation(port, title, financials);
        long id = request.get("id").asLong();
        request = ok(pmo.post("/api/v1/requests/" + id + "/approve",
                "{\"reason\": \"Funded\", \"date\": \"%s\", \"version\": %d}"
                        .formatted(java.time.LocalDate.now(), request.get("version").asLong())));
        return ok(pmo.post("/api/v1/requests/" + id + "/convert",
                "{\"portfolioId\": 1, \"customFields\": {\"risk_level\": \"Low\"}, \"version\": %d}"
                        .formatted(request.get("version").asLong())));
    }

    static String version(JsonNode request) {
        return "{\"version\": " + request.get("version").asLong() + "}";
    }
}
