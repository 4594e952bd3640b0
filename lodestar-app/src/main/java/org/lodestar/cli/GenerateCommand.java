package org.lodestar.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lodestar generate}: fills a database of its own with a large generated organisation through the modules'
 * APIs, printing its progress: portfolios, programmes and projects, weekly published status reports, plans with
 * a baseline (one big plan), project requests in evaluation, scored, with a scenario over them, each project's RAID
 * log, budget and actual costs, a pool of people (each with an account) booked by name on the projects, the
 * projects' benefits, and the people's timesheets of the last weeks, approved but the last. What a database has
 * already is kept, so a run can be resumed or extended.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a large organisation (projects, weekly status reports, plans, requests, RAID logs, "
                + "budgets and costs, people booked on projects, benefits, timesheets) into a database.")
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    private LodestarCommand parent;

    @Mixin
    private GeneratedDatabase database;

    @Option(names = "--tasks", defaultValue = "100", description = "Tasks per plan (default ${DEFAULT-VALUE}).")
    private int tasks;

    @Option(names = "--big-plan", defaultValue = "5000", description = "Tasks of the first project's plan (default ${DEFAULT-VALUE}).")
    private int bigPlan;

    @Option(names = "--requests", defaultValue = "2000",
            description = "Project requests, taken to evaluation and scored (default ${DEFAULT-VALUE}).")
    private int requests;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = database.open(parent)) {
            new StatusBenchmark(context, System.out).generate(database.projects, database.weeks);
            new GeneratedPlans(context, System.out).generate(projectIds(context, database.projects), tasks, bigPlan);
            new GeneratedIntake(context, System.out).generate(requests);
            new GeneratedControl(context, System.out).generate(projects(context, database.projects));
            new GeneratedPeopleAndBenefits(context, System.out).generate(projects(context, database.projects));
            new GeneratedTimesheets(context, System.out).generate(projects(context, database.projects));
        }
        return 0;
    }

    /** The first {@code count} projects by code, through the registry (the generated ones are numbered in order). */
    private static List<ProjectRow> projects(ConfigurableApplicationContext context, int count) {
        ProjectRegistry registry = context.getBean(ProjectRegistry.class);
        return context.getBean(RunAs.class).call("admin", () -> registry.everyRow(null)).stream().limit(count).toList();
    }

    private static List<Long> projectIds(ConfigurableApplicationContext context, int count) {
        return projects(context, count).stream().map(ProjectRow::id).toList();
    }
}
