package org.lodestar.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
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

    @Option(names = "--db", required = true, paramLabel = "JDBC_URL",
            description = "Database to fill, e.g. jdbc:postgresql://127.0.0.1:55488/lodestar_large")
    private String databaseUrl;

    @Option(names = "--user", description = "Database user.")
    private String user;

    @Option(names = "--password", description = "Database password.")
    private String password;

    @Option(names = "--projects", defaultValue = "10000", description = "Projects (default ${DEFAULT-VALUE}).")
    private int projects;

    @Option(names = "--weeks", defaultValue = "100", description = "Weeks of reports per project (default ${DEFAULT-VALUE}).")
    private int weeks;

    @Option(names = "--tasks", defaultValue = "100", description = "Tasks per plan (default ${DEFAULT-VALUE}).")
    private int tasks;

    @Option(names = "--big-plan", defaultValue = "5000", description = "Tasks of the first project's plan (default ${DEFAULT-VALUE}).")
    private int bigPlan;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = GeneratedDatabase.open(parent, databaseUrl, user, password)) {
            new StatusBenchmark(context, System.out).generate(projects, weeks);
            List<Long> ids = context.getBean(JdbcClient.class).sql("select id from project order by id")
                    .query(Long.class).list();
            new GeneratedPlans(context, System.out).generate(ids.subList(0, Math.min(ids.size(), projects)), tasks,
                    bigPlan);
        }
        return 0;
    }
}
