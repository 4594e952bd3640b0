package org.lodestar.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A database of its own for a migration test: an in-memory H2, or a fresh schema of the test PostgreSQL, migrated
 * step by step with the application's migrations, so that old rows can be put in before the migration under test.
 */
public record MigrationDatabase(String url, String user, String password, boolean postgres) {

    /** A new empty database; {@code prefix} names it (a schema on PostgreSQL). */
    public static MigrationDatabase fresh(String prefix) throws SQLException {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (!TestDatabase.isPostgres()) {
            return new MigrationDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", false);
        }
        String base = System.getenv("LODESTAR_TEST_PG_URL");
        String user = env("LODESTAR_TEST_PG_USER", "lodestar");
        String password = env("LODESTAR_TEST_PG_PASSWORD", "lodestar");
        try (Connection connection = DriverManager.getConnection(base, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + name);
        }
        return new MigrationDatabase(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name, user,
                password, true);
    }

    /** Migrates up to the target version ({@code "7"}), or to the end with {@code "latest"}. */
    public void migrate(String target) {
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/dialect/" + (postgres ? "postgresql" : "h2"))
                .target(target).load().migrate();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The rows of a query, each as its values joined by {@code |}. */
    public static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns; column++) values.add(String.valueOf(result.getObject(column)));
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
