package org.lodestar.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lodestar generate}: fills a database of its own with a large generated organisation through the modules'
 * APIs, printing its progress: portfolios, programmes and projects, weekly published status reports, and plans with
 * a baseline (one big plan). What a database has already is kept, so a run can be resumed or extended.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a large organisation (projects, weekly status reports, plans) into a database.")
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    private LodestarCommand parent;

    @Mixin
    private GeneratedDatabase database;

    @Option(names = "--tasks", defaultValue = "100", description = "Tasks per plan (default ${DEFAULT-VALUE}).")
    private int tasks;

    @Option(names = "--big-plan", defaultValue = "5000", description = "Tasks of the first project's plan (default ${DEFAULT-VALUE}).")
    private int bigPlan;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = database.open(parent)) {
            new StatusBenchmark(context, System.out).generate(database.projects, database.weeks);
            List<Long> ids = context.getBean(JdbcClient.class).sql("select id from project order by id")
                    .query(Long.class).list();
            List<Long> generated = ids.subList(0, Math.min(ids.size(), database.projects));
            new GeneratedPlans(context, System.out).generate(generated, tasks, bigPlan);
        }
        return 0;
    }
}
