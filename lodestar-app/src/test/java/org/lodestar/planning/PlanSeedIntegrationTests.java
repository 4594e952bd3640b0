package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.lodestar.planning.internal.PlanDraft;
import org.lodestar.planning.internal.PlanStore;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectCommand;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Planning seeds a new project's plan in the transaction that creates the project, so no one reads or changes a
 * project without its plan. A change made from a plan read as empty (not stored) still applies to the seeded plan
 * while that is untouched, rather than failing on it.
 */
class PlanSeedIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    PlanStore store;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectRegistry registry;

    @Autowired
    RunAs runAs;

    @Test
    void aProjectHasItsPlanInTheTransactionThatCreatesIt() {
        ProjectCommand command = Api.mapper().readValue(json(newProject("Seeded at once", 1)), ProjectCommand.class);

        Boolean planBeforeCommit = transaction.execute(status -> {
            long project = runAs.call("pmo", () -> registry.create(command)).id();
            status.setRollbackOnly();
            return store.exists(project);
        });

        assertThat(planBeforeCommit).isTrue();
    }

    @Test
    void aChangeToAPlanReadAsEmptyIsAppliedToTheUntouchedSeededPlan() {
        long project = Api.as(port, "pmo").post("/api/v1/projects", json(newProject("Seed race", 1))).json()
                .get("id").asLong();
        assertThat(store.exists(project)).as("seeded when the creation answered").isTrue();
        PlanDraft readAsEmpty = new PlanDraft(project);
        readAsEmpty.calendar = jdbc.sql("select calendar from plan where project = :project").param("project", project)
                .query(Long.class).single();
        readAsEmpty.start = LocalDateTime.of(2027, 1, 4, 8, 0);
        PlanDraft changed = readAsEmpty.copy();
        changed.finish = LocalDateTime.of(2027, 6, 30, 17, 0);

        boolean saved = transaction.execute(status -> store.save(readAsEmpty, changed, "Seed race"));

        assertThat(saved).isTrue();
        assertThat(changed.version).isEqualTo(2);
        assertThat(store.load(project).orElseThrow().finish).isEqualTo(LocalDateTime.of(2027, 6, 30, 17, 0));
    }
}
