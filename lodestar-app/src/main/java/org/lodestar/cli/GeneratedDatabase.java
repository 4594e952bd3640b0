package org.lodestar.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/**
 * The database of its own that {@code generate} and {@code status-bench} fill with a generated organisation
 * (always named: never the embedded default, which holds someone's work), and its size; {@link #open} starts the
 * application over it.
 */
final class GeneratedDatabase {

    @Option(names = "--db", required = true, paramLabel = "JDBC_URL",
            description = "Database to fill, e.g. jdbc:postgresql://127.0.0.1:55488/lodestar_large")
    private String url;

    @Option(names = "--user", description = "Database user.")
    private String user;

    @Option(names = "--password", description = "Database password.")
    private String password;

    @Option(names = "--projects", defaultValue = "10000", description = "Projects (default ${DEFAULT-VALUE}).")
    int projects;

    @Option(names = "--weeks", defaultValue = "104", description = "Weeks of reports per project (default ${DEFAULT-VALUE}).")
    int weeks;

    ConfigurableApplicationContext open(LodestarCommand parent) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--lodestar.demo=false", "--lodestar.status.reminders=false",
                // production mode needs an administrator password on an empty database: this one is never used
                "--lodestar.admin-password=generated-" + System.nanoTime(),
                // the generated people's accounts are hashed at BCrypt's minimum cost (GeneratedPeopleAndBenefits)
                "--lodestar.security.password-cost=4",
                "--logging.level.org.lodestar.requests=WARN",
                // the web layer's beans (sessions, security) are part of the application: serve on a free port
                "--server.port=0"));
        if (user != null) arguments.add("--spring.datasource.username=" + user);
        if (password != null) arguments.add("--spring.datasource.password=" + password);
        return new SpringApplication(parent.application()).run(arguments.toArray(String[]::new));
    }
}
