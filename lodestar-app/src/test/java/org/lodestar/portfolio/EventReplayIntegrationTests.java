package org.lodestar.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.lodestar.Lodestar;
import org.lodestar.platform.AuditTrail;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Events survive a crash: a listener that dies half-way through its work leaves its publication incomplete and
 * its work rolled back; the next start of the application (a second server on the same database) delivers the
 * event again, the work is done exactly once and the publication completed, and listeners that had completed
 * are not called again.
 */
@Import(EventReplayIntegrationTests.DyingListener.class)
class EventReplayIntegrationTests extends IntegrationTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String PROBE = "replay-probe";

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    /**
     * A listener of {@link ProjectDeleted} that records hearing it, then, for the projects it is told to, dies
     * before it finishes (the first time only), like a node stopped in the middle of the work.
     */
    static class DyingListener {

        static final Set<Long> DIE_ONCE = ConcurrentHashMap.newKeySet();

        private final AuditTrail audit;

        DyingListener(AuditTrail audit) {
            this.audit = audit;
        }

        @ApplicationModuleListener
        void on(ProjectDeleted deleted) {
            audit.created(PROBE, deleted.project().value(), deleted.code(), Map.of("heard", deleted.code()));
            if (DIE_ONCE.remove(deleted.project().value())) throw new IllegalStateException("died half-way");
        }
    }

    @Test
    void anEventWhoseListenerDiedIsDeliveredAgainAtTheNextStartAndHandledOnce() {
        Api pmo = Api.as(port, "pmo");
        long project = pmo.post("/api/v1/projects", json(newProject("Crash course", 1))).json().get("id").asLong();
        await().atMost(PATIENCE).until(() -> audited("plan", project, "CREATE") == 1);
        DyingListener.DIE_ONCE.add(project);

        long version = pmo.get("/api/v1/projects/" + project).json().get("version").asLong();
        assertThat(pmo.delete("/api/v1/projects/" + project + "?version=" + version).status()).isEqualTo(204);

        await().atMost(PATIENCE).until(() -> failedPublications() == 1);
        await().atMost(PATIENCE).until(() -> audited("plan", project, "DELETE") == 1);
        assertThat(audited(PROBE, project, "CREATE")).as("the dying listener's work was rolled back").isZero();

        try (ConfigurableApplicationContext restarted = restart()) {
            await().atMost(PATIENCE).until(() -> audited(PROBE, project, "CREATE") == 1);
            await().atMost(PATIENCE).until(() -> outstandingPublications() == 0);
        }
        assertThat(audited(PROBE, project, "CREATE")).isEqualTo(1);
        assertThat(audited("plan", project, "DELETE")).as("completed listeners are not called again").isEqualTo(1);
    }

    /** A second server on the same database, as after a crash; it republishes what is outstanding when it starts. */
    private ConfigurableApplicationContext restart() {
        return new SpringApplicationBuilder(Lodestar.class, DyingListener.class).run(
                "--server.port=0",
                // as the suite's own servers: a snapshot of health taken on the shared database would outlive it
                "--lodestar.status.health-snapshot=false",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"));
    }

    private long audited(String type, long id, String action) {
        return jdbc.sql("select count(*) from audit_event where entity_type = :type and entity_id = :id "
                        + "and action = :action")
                .param("type", type).param("id", id).param("action", action).query(Long.class).single();
    }

    private long failedPublications() {
        return jdbc.sql("select count(*) from event_publication where listener_id like :listener and status = 'FAILED'")
                .param("listener", "%DyingListener%").query(Long.class).single();
    }

    private long outstandingPublications() {
        return jdbc.sql("select count(*) from event_publication where listener_id like :listener")
                .param("listener", "%DyingListener%").query(Long.class).single();
    }
}
