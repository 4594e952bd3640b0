package org.lodestar.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lodestar.intake.ConvertCommand;
import org.lodestar.intake.RequestConverted;
import org.lodestar.intake.RequestDesk;
import org.lodestar.intake.RequestId;
import org.lodestar.intake.RequestView;
import org.lodestar.platform.RunAs;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.JsonNode;

/**
 * The flows between modules, with fixtures each test makes: a request converted into a project publishes
 * {@link RequestConverted} and {@link ProjectCreated}, and planning gives the new project its plan; a project
 * made in the registry gets a plan starting at its planned start.
 */
@EnableScenarios
class ProjectFlowIntegrationTests extends IntegrationTestSupport {

    private static final Duration LISTENERS = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    RequestDesk desk;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConvertedRequestBecomesAProjectAndPlanningSeedsItsPlan(Scenario scenario) {
        long request = approvedRequest("Seeded app");
        long version = Api.as(port, "pmo").get("/api/v1/requests/" + request).json().get("version").asLong();

        Supplier<RequestView> convert = () -> runAs.call("pmo", () -> desk.convert(request,
                new ConvertCommand(1L, null, null, Map.of("risk_level", "Low"), version)));

        scenario.stimulate(convert)
                .andWaitAtMost(LISTENERS)
                .andWaitForEventOfType(RequestConverted.class)
                .matching(converted -> converted.request().equals(new RequestId(request)))
                .toArriveAndVerify((converted, view) -> {
                    assertThat(converted.project().value()).isEqualTo(view.projectId());
                    awaitPlan(converted.project().value());
                });
    }

    @Test
    void aProjectOfTheRegistryGetsAnEmptyPlanFromItsPlannedStartOnTheStandardCalendar() {
        Api pmo = Api.as(port, "pmo");
        long project = pmo.post("/api/v1/projects", ProjectFixtures.json(ProjectFixtures.newProject("Planned", 1)))
                .json().get("id").asLong();

        JsonNode plan = pmo.get("/api/v1/projects/" + project + "/plan").json();
        assertThat(plan.get("version").asLong()).as("stored, not computed").isEqualTo(1);
        assertThat(plan.get("start").asString()).isEqualTo("2027-01-04T08:00");
        assertThat(plan.get("tasks")).isEmpty();
        assertThat(jdbc.sql("select c.name from plan p join calendar c on c.id = p.calendar where p.project = :project")
                .param("project", project).query(String.class).single()).isEqualTo("Standard");
        assertThat(jdbc.sql("select actor from audit_event where entity_type = 'plan' and entity_id = :project "
                        + "and action = 'CREATE'")
                .param("project", project).query(String.class).single())
                .as("seeded in the creating transaction, by its creator").isEqualTo("pmo");
    }

    private void awaitPlan(long project) {
        await().atMost(LISTENERS).until(() -> planAudits(project) > 0);
        String start = jdbc.sql("select start_at from plan where project = :project").param("project", project)
                .query((rs, row) -> rs.getTimestamp(1).toLocalDateTime().toLocalDate().toString()).single();
        // a converted request has no planned start: the plan starts the day the project was made
        assertThat(start).isEqualTo(LocalDate.now().toString());
    }

    private long planAudits(long project) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'plan' and entity_id = :project")
                .param("project", project).query(Long.class).single();
    }

    private long approvedRequest(String title) {
        Api requester = Api.as(port, "requester");
        Api pmo = Api.as(port, "pmo");
        JsonNode request = requester.post("/api/v1/requests", """
                {"typeId": 1, "title": "%s", "portfolioId": 1, "category": "Digital",
                 "values": {"problem": "A problem", "outcome": "An outcome", "urgency": "intake.default.choice.medium"}}
                """.formatted(title)).json();
        long id = request.get("id").asLong();
        request = requester.post("/api/v1/requests/" + id + "/submit", versionOf(request)).json();
        request = pmo.post("/api/v1/requests/" + id + "/screen", versionOf(request)).json();
        request = pmo.post("/api/v1/requests/" + id + "/evaluate", versionOf(request)).json();
        JsonNode approved = pmo.post("/api/v1/requests/" + id + "/approve",
                "{\"reason\": \"Worth it\", \"date\": \"%s\", \"version\": %d}"
                        .formatted(LocalDate.now(), request.get("version").asLong())).json();
        assertThat(approved.get("state").asString()).as(approved.toString()).isEqualTo("APPROVED");
        return id;
    }

    private static String versionOf(JsonNode record) {
        return "{\"version\": " + record.get("version").asLong() + "}";
    }
}
