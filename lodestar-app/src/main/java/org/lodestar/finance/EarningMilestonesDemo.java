package org.lodestar.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lodestar.engine.evm.EarningMethod;
import org.lodestar.finance.internal.BudgetLineStore;
import org.lodestar.finance.internal.TaskEarningMethodStore;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.planning.PlanProgress;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the finance demo, one task earns by weighted milestones: in the first active demo project with a budget, the
 * first working task under way (started, not finished) gets three milestones weighted 1, 2 and 1 (the first reached
 * on its start, the second on its status date when the task is at least half done, the third not yet) and the
 * method WEIGHTED_MILESTONES, so that the demo's earned value uses them. Written as the PMO through
 * {@link EarningMethods}, so it is audited; runs once, into a demo database without earning milestones.
 */
@Component
@Order(FinanceDemo.DEMO_ORDER + 2)
class EarningMilestonesDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EarningMilestonesDemo.class);

    private final EarningMethods earningMethods;
    private final TaskEarningMethodStore store;
    private final BudgetLineStore budgets;
    private final PlanProgress plans;
    private final ProjectRegistry projects;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    EarningMilestonesDemo(EarningMethods earningMethods, TaskEarningMethodStore store, BudgetLineStore budgets,
                          PlanProgress plans, ProjectRegistry projects, People people, RunAs runAs,
                          TransactionTemplate transaction, Clock clock, @Value("${lodestar.demo}") boolean demo) {
        this.earningMethods = earningMethods;
        this.store = store;
        this.budgets = budgets;
        this.plans = plans;
        this.projects = projects;
        this.people = people;
        this.runAs = runAs;
        this.transaction = transaction;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo || people.isEmpty()) return;
        String given = transaction.execute(status -> runAs.call("pmo", () -> store.anyMilestones() ? null : give()));
        if (given != null) log.info("Demo task {} earns by weighted milestones.", given);
    }

    /** The project code and task name given milestones, or null when no demo task is under way. */
    private String give() {
        List<ProjectRow> all = projects.search(new ProjectQuery(null, null, null, null, null, null, null, null, null,
                false, "code", false, 0, ProjectQuery.MAX_SIZE)).items();
        LocalDate today = LocalDate.now(clock);
        for (ProjectRow project : all) {
            if (project.state() != ProjectState.ACTIVE || !budgets.hasAny(project.id())) continue;
            Optional<PlanProgress.Progress> progress = plans.of(project.id());
            if (progress.isEmpty()) continue;
            LocalDate status = progress.get().statusDate() == null || progress.get().statusDate().isAfter(today)
                    ? today : progress.get().statusDate();
            for (PlanProgress.TaskProgress task : progress.get().tasks()) {
                if (task.milestone() || task.durationMinutes() <= 0 || task.percentComplete() <= 0
                        || task.percentComplete() >= 100 || task.actualFinish() != null) {
                    continue;
                }
                LocalDate started = (task.actualStart() != null ? task.actualStart() : task.start()).toLocalDate();
                if (started.isAfter(status)) continue;
                LocalDate built = task.percentComplete() >= 50 ? status : null;
                earningMethods.defineMilestones(project.id(), task.taskId(), new EarningMethods.MilestonesCommand(
                        List.of(new EarningMethods.MilestoneLine("Specification agreed", BigDecimal.ONE, started),
                                new EarningMethods.MilestoneLine("Built", BigDecimal.valueOf(2), built),
                                new EarningMethods.MilestoneLine("Accepted", BigDecimal.ONE, null))));
                earningMethods.set(project.id(), task.taskId(),
                        new EarningMethods.EarningMethodCommand(EarningMethod.WEIGHTED_MILESTONES.name()));
                return project.code() + " " + task.name();
            }
        }
        return null;
    }
}
