package org.lodestar.platform.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 8.1: the tables of other modules keep a project's id without a foreign key to {@code project}. Their
 * modules delete or unlink those rows themselves when they hear {@code ProjectDeleted} (and audit it), so the
 * database no longer cascades into them unseen nor refuses the delete with an error. Written in Java because the
 * constraints were declared without names: their names are read from the database's metadata, which works the
 * same on H2 and PostgreSQL. Given to Flyway as a bean.
 */
@Component
public class ProjectReferencesMigration implements JavaMigration {

    /** The tables outside the portfolio module whose {@code project} column referenced {@code project (id)}. */
    static final List<String> TABLES = List.of("calendar", "plan", "project_request", "status_report", "status_latest",
            "notification");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8.1");
    }

    @Override
    public String getDescription() {
        return "project references without foreign keys";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        DatabaseMetaData metadata = connection.getMetaData();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                for (String constraint : projectKeys(connection, metadata, table)) {
                    statement.execute("alter table " + table + " drop constraint " + constraint);
                }
            }
        }
    }

    private static List<String> projectKeys(Connection connection, DatabaseMetaData metadata, String table)
            throws SQLException {
        String name = metadata.storesUpperCaseIdentifiers() ? table.toUpperCase() : table;
        List<String> keys = new ArrayList<>();
        try (ResultSet imported = metadata.getImportedKeys(connection.getCatalog(), connection.getSchema(), name)) {
            while (imported.next()) {
                if ("project".equalsIgnoreCase(imported.getString("PKTABLE_NAME"))
                        && "project".equalsIgnoreCase(imported.getString("FKCOLUMN_NAME"))) {
                    keys.add(imported.getString("FK_NAME"));
                }
            }
        }
        return keys;
    }
}
