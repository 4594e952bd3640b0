package org.lodestar.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.boot.jdbc.DataSourceBuilder;
import picocli.CommandLine.Option;

/**
 * The database a command works on: {@code --db} (or {@code LODESTAR_DB_URL}, as for the server), else the embedded
 * H2 database in {@code --data} (or {@code LODESTAR_DATA_DIR}, default ./lodestar-data). The user and password come
 * from {@code --user}/{@code --password} or {@code LODESTAR_DB_USER}/{@code LODESTAR_DB_PASSWORD}.
 */
final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database URL, e.g. jdbc:postgresql://localhost/lodestar (default: LODESTAR_DB_URL, else the "
                    + "embedded database in --data).")
    private String url;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the embedded database when no --db is given (default ./lodestar-data).")
    private String dataDirectory;

    @Option(names = "--user", description = "Database user (default: LODESTAR_DB_USER, else sa).")
    private String user;

    @Option(names = "--password", description = "Database password (default: LODESTAR_DB_PASSWORD, else empty).")
    private String password;

    String url() {
        if (url != null) return url;
        String configured = System.getenv("LODESTAR_DB_URL");
        if (configured != null && !configured.isBlank()) return configured;
        String folder = dataDirectory != null ? dataDirectory : env("LODESTAR_DATA_DIR", "./lodestar-data");
        return "jdbc:h2:file:" + Path.of(folder, "lodestar");
    }

    /** A small pool on the database, closed by the caller. */
    HikariDataSource open() {
        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class).url(url())
                .username(user != null ? user : env("LODESTAR_DB_USER", "sa"))
                .password(password != null ? password : env("LODESTAR_DB_PASSWORD", "")).build();
        dataSource.setMaximumPoolSize(4);
        dataSource.setPoolName("lodestar-cli");
        return dataSource;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
