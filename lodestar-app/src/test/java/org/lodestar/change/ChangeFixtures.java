package org.lodestar.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.lodestar.platform.People;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * Projects for change-control tests, made through the API: each in a new portfolio managed by the demo account
 * {@code portfolio} (so it sits on the steering committee), managed by {@code pm}, with a small plan.
 */
public final class ChangeFixtures {

    private ChangeFixtures() {
    }

    public static long personId(People people, String username) {
        return people.all().stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow().id().value();
    }

    /** A new active project of {@code pm} in a portfolio the {@code portfolio} account manages; with a plan or not. */
    public static long project(int port, People people, String name, boolean withPlan) {
        return project(port, people, name, withPlan, "EUR");
    }

    /** The same in the currency given. */
    public static long project(int port, People people, String name, boolean withPlan, String currency) {
        return project(port, people, name, withPlan, currency, "pm");
    }

    /** The same, managed by the account given (who writes its plan). */
    public static long project(int port, People people, String name, boolean withPlan, String currency,
                               String manager) {
        Api pmo = Api.as(port, "pmo");
        String code = "CC-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Api.Response portfolio = pmo.post("/api/v1/portfolios", ProjectFixtures.json(Map.of("code", code,
                "name", "Change portfolio " + code, "managerId", personId(people, "portfolio"))));
        assertThat(portfolio.status()).as(portfolio.body()).isEqualTo(201);
        Map<String, Object> project = ProjectFixtures.newProject(name, portfolio.json().get("id").asLong());
        project.put("state", "ACTIVE");
        project.put("phase", "EXECUTION");
        project.put("managerId", personId(people, manager));
        project.put("currency", currency);
        Api.Response created = pmo.post("/api/v1/projects", ProjectFixtures.json(project));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        if (withPlan) {
            Api.Response plan = Api.as(port, manager).put("/api/v1/projects/" + id + "/plan", """
                    {"start": "2027-01-04", "tasks": [
                      {"key": "design", "name": "Design", "duration": "5d"},
                      {"key": "build", "name": "Build", "duration": "10d"}],
                     "dependencies": [{"predecessor": "design", "successor": "build"}]}
                    """);
            assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        }
        return id;
    }

    public static Map<String, Object> request(String title, int scheduleDays, Object costAmount) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", title);
        request.put("description", "What changes");
        request.put("reason", "Why it changes");
        request.put("scopeImpact", "One more interface");
        request.put("scheduleDays", scheduleDays);
        request.put("costAmount", costAmount);
        request.put("options", "Do it now, do it later, do not do it");
        return request;
    }

    public static String version(JsonNode record) {
        return "{\"version\": " + record.get("version").asLong() + "}";
    }

    /** Raises and submits a request as {@code pm}; the submitted request. */
    public static JsonNode submitted(int port, long project, Map<String, Object> request) {
        Api pm = Api.as(port, "pm");
        Api.Response raised = pm.post("/api/v1/projects/" + project + "/change-requests", ProjectFixtures.json(request));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        Api.Response submitted = pm.post("/api/v1/change-requests/" + raised.json().get("id").asLong() + "/submit",
                version(raised.json()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return submitted.json();
    }
}
