package org.lodestar.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    private GeneratedDatabase database;

    @Option(names = "--runs", defaultValue = "40", description = "Timed dashboard runs (history: five times as many).")
    private int runs;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = database.open(parent)) {
            StatusBenchmark benchmark = new StatusBenchmark(context, System.out);
            benchmark.generate(database.projects, database.weeks);
            benchmark.measure(runs);
        }
        return 0;
    }
}
