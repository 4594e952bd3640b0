package org.lodestar.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database of an integration test run: a private in-memory H2 database, or, when the build runs the suite
 * against PostgreSQL ({@code -Dlodestar.test.database=postgres}), a fresh schema in the database at
 * {@code LODESTAR_TEST_PG_URL}. Each JVM gets its own, so runs never see each other's data.
 */
public final class TestDatabase {

    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static volatile String postgresUrl;

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("lodestar.test.database"));
    }

    public static void configure(DynamicPropertyRegistry registry) {
        if (isPostgres()) {
            registry.add("spring.datasource.url", TestDatabase::postgresUrl);
            registry.add("spring.datasource.username", () -> env("LODESTAR_TEST_PG_USER", "lodestar"));
            registry.add("spring.datasource.password", () -> env("LODESTAR_TEST_PG_PASSWORD", "lodestar"));
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:lodestar_" + RUN + ";DB_CLOSE_DELAY=-1");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    private static synchronized String postgresUrl() {
        if (postgresUrl != null) return postgresUrl;
        String base = System.getenv("LODESTAR_TEST_PG_URL");
        if (base == null || base.isBlank()) {
            throw new IllegalStateException("The PostgreSQL integration tests need LODESTAR_TEST_PG_URL "
                    + "(e.g. jdbc:postgresql://127.0.0.1:5432/lodestar_test); .ci/run sets it.");
        }
        String schema = "it_" + RUN;
        try (Connection connection = DriverManager.getConnection(base, env("LODESTAR_TEST_PG_USER", "lodestar"),
                env("LODESTAR_TEST_PG_PASSWORD", "lodestar"));
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test schema in " + base + ": " + e.getMessage(), e);
        }
        postgresUrl = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return postgresUrl;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
