package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The metrics an operator watches are on /actuator/prometheus: request latency by route, the database pool, the
 * scheduled jobs' rounds (JobLock) and the solver's time.
 */
class OperationsMetricsIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    JobLock jobLock;

    @Test
    void prometheusShowsRequestLatencyByRouteThePoolJobRoundsAndSolverTime() {
        Api.as(port, "pmo").get("/api/v1/projects");
        assertThat(jobLock.runExclusively("metrics-check", Duration.ofMillis(1), () -> { })).isTrue();

        String metrics = Api.as(port, "admin").getAnything("/actuator/prometheus").body();

        assertThat(metrics)
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/projects\"")
                .containsPattern("http_server_requests_seconds_bucket|http_server_requests_seconds_max")
                .contains("hikaricp_connections_active", "hikaricp_connections_pending",
                        "hikaricp_connections_acquire_seconds")
                .containsPattern("lodestar_job_runs_seconds_count\\{[^}]*job=\"metrics-check\"[^}]*outcome=\"completed\"")
                .containsPattern("lodestar_solver_seconds_count\\{[^}]*problem=\"portfolio-selection\"");
    }
}
