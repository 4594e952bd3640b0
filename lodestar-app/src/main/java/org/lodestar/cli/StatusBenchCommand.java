package org.lodestar.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lodestar status-bench}: fills a database with generated projects and weekly status reports (unless it has
 * them) and times the whole-organisation dashboard and a project's report history page. Meant for an empty
 * PostgreSQL database of its own; see docs/benchmarks.md.
 */
@Command(name = "status-bench", mixinStandardHelpOptions = true,
        description = "Generate projects and weekly status reports, then time the dashboard and a report history.")
final class StatusBenchCommand implements Callable<Integer> {

    @ParentCommand
    private LodestarCommand parent;

    @Option(names = "--db", required = true, paramLabel = "JDBC_URL",
            description = "Database to fill and measure, e.g. jdbc:postgresql://127.0.0.1:55488/statusbench")
    private String databaseUrl;

    @Option(names = "--user", description = "Database user.")
    private String user;

    @Option(names = "--password", description = "Database password.")
    private String password;

    @Option(names = "--projects", defaultValue = "10000", description = "Projects to generate (default ${DEFAULT-VALUE}).")
    private int projects;

    @Option(names = "--weeks", defaultValue = "104", description = "Weeks of reports per project (default ${DEFAULT-VALUE}).")
    private int weeks;

    @Option(names = "--runs", defaultValue = "40", description = "Timed dashboard runs (history: five times as many).")
    private int runs;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = GeneratedDatabase.open(parent, databaseUrl, user, password)) {
            StatusBenchmark benchmark = new StatusBenchmark(context, System.out);
            benchmark.generate(projects, weeks);
            benchmark.measure(runs);
        }
        return 0;
    }
}
