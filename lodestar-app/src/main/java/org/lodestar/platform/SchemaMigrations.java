package org.lodestar.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.lodestar.platform.internal.ProjectReferencesMigration;

/**
 * The schema's migrations as the application runs them (the SQL folders of application.yml and the Java migrations
 * the application gives Flyway as beans), for a command that migrates a database without starting the application
 * ({@code lodestar import-all}). A new Java migration is added here as well as made a bean.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /**
     * Flyway, configured for the database.
     *
     * @param vendor {@code h2} or {@code postgresql}: the folder of the database's own migrations
     */
    public static FluentConfiguration configure(DataSource dataSource, String vendor) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/dialect/" + vendor)
                .javaMigrations(new ProjectReferencesMigration());
    }
}
