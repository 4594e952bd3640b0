package org.lodestar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lodestar.Lodestar;
import org.lodestar.support.MigrationDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Two nodes started together on one empty database in demo mode: both start, and the demo organisation exists once
 * (the start-up lock makes the second node wait for the first one's demo, then find it loaded). Its own two
 * application contexts, on a fresh database (in-memory H2, or a fresh PostgreSQL schema).
 */
class FirstStartIntegrationTests {

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseCreateTheDemoOnce() throws Exception {
        MigrationDatabase database = MigrationDatabase.fresh("two_nodes");
        CountDownLatch together = new CountDownLatch(2);
        Callable<ConfigurableApplicationContext> node = () -> {
            together.countDown();
            together.await();
            // a web server on a random port: the application does not start without one (account pages need the
            // web sessions' repository)
            return new SpringApplicationBuilder(Lodestar.class, ReadinessProbe.class).run(
                    "--server.port=0",
                    "--lodestar.demo=true",
                    "--lodestar.status.reminders=false",
                    "--spring.datasource.url=" + database.url(),
                    "--spring.datasource.username=" + database.user(),
                    "--spring.datasource.password=" + database.password());
        };
        ExecutorService starter = Executors.newFixedThreadPool(2);
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        // two applications starting at once in one JVM would each reset the one Logback context (a
        // ConcurrentModificationException in its reset listeners): the nodes keep the logging the suite configured
        String logging = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            List<Future<ConfigurableApplicationContext>> starts = List.of(starter.submit(node), starter.submit(node));
            for (Future<ConfigurableApplicationContext> start : starts) nodes.add(start.get()); // a failed start throws

            // the start-up work (first administrator, demo) was done while each node served but said it was not ready
            assertThat(ReadinessProbe.seen).containsExactly("REFUSING_TRAFFIC 503 demo loaded",
                    "REFUSING_TRAFFIC 503 demo loaded");
            for (ConfigurableApplicationContext started : nodes) {
                assertThat(ReadinessProbe.readiness(started.getEnvironment().getProperty("local.server.port")))
                        .isEqualTo(200);
            }

            try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
                assertThat(MigrationDatabase.rows(sql, "select count(*) from app_user where username = 'admin'"))
                        .containsExactly("1");
                assertThat(MigrationDatabase.rows(sql, "select count(*) from portfolio")).containsExactly("3");
                assertThat(MigrationDatabase.rows(sql, "select count(*) from scenario")).containsExactly("2");
                // the pool (25 people, two generic roles, a material resource) once, and its allocations once
                assertThat(MigrationDatabase.rows(sql, "select count(*) from resource")).containsExactly("28");
                assertThat(MigrationDatabase.rows(sql,
                        "select count(*) from (select project, role, month_start from allocation"
                                + " group by project, role, month_start having count(*) > 1) twice"))
                        .containsExactly("0");
                assertThat(MigrationDatabase.rows(sql, "select count(*) from timesheet where state = 'SUBMITTED'"))
                        .containsExactly("1");
                List<String> projects = MigrationDatabase.rows(sql, "select count(*), count(distinct name) from project");
                assertThat(projects.get(0).split("\\|")[0]).isNotEqualTo("0").isEqualTo(projects.get(0).split("\\|")[1]);
            }
        } finally {
            if (logging == null) System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            else System.setProperty(LoggingSystem.SYSTEM_PROPERTY, logging);
            nodes.forEach(ConfigurableApplicationContext::close);
            starter.shutdownNow();
        }
    }

    /**
     * The last application runner of a node: what the node says of its readiness while its start-up work runs
     * (readiness state and the HTTP status of /actuator/health/readiness, the server being up by then).
     */
    @Order(Ordered.LOWEST_PRECEDENCE)
    static final class ReadinessProbe implements ApplicationRunner {

        static final Queue<String> seen = new ConcurrentLinkedQueue<>();

        private final ApplicationAvailability availability;
        private final Environment environment;
        private final DataSource dataSource;

        ReadinessProbe(ApplicationAvailability availability, Environment environment, DataSource dataSource) {
            this.availability = availability;
            this.environment = environment;
            this.dataSource = dataSource;
        }

        @Override
        public void run(ApplicationArguments arguments) throws Exception {
            String demo;
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                demo = MigrationDatabase.rows(sql, "select count(*) from portfolio").equals(List.of("3"))
                        ? "demo loaded" : "no demo yet";
            }
            seen.add(availability.getReadinessState() + " " + readiness(environment.getProperty("local.server.port"))
                    + " " + demo);
        }

        static int readiness(String port) throws Exception {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
