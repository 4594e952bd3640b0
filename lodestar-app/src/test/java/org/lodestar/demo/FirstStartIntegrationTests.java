package org.lodestar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lodestar.Lodestar;
import org.lodestar.support.MigrationDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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
            return new SpringApplicationBuilder(Lodestar.class).run(
                    "--server.port=0",
                    "--lodestar.demo=true",
                    "--lodestar.status.reminders=false",
                    "--spring.datasource.url=" + database.url(),
                    "--spring.datasource.username=" + database.user(),
                    "--spring.datasource.password=" + database.password());
        };
        ExecutorService starter = Executors.newFixedThreadPool(2);
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try {
            List<Future<ConfigurableApplicationContext>> starts = List.of(starter.submit(node), starter.submit(node));
            for (Future<ConfigurableApplicationContext> start : starts) nodes.add(start.get()); // a failed start throws

            try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
                assertThat(MigrationDatabase.rows(sql, "select count(*) from app_user where username = 'admin'"))
                        .containsExactly("1");
                assertThat(MigrationDatabase.rows(sql, "select count(*) from portfolio")).containsExactly("3");
                assertThat(MigrationDatabase.rows(sql, "select count(*) from scenario")).containsExactly("2");
                List<String> projects = MigrationDatabase.rows(sql, "select count(*), count(distinct name) from project");
                assertThat(projects.get(0).split("\\|")[0]).isNotEqualTo("0").isEqualTo(projects.get(0).split("\\|")[1]);
            }
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
            starter.shutdownNow();
        }
    }
}
