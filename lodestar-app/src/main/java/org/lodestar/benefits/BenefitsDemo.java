package org.lodestar.benefits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.lodestar.benefits.internal.BenefitStore;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.portfolio.ProjectView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo organisation its benefits: each closed project's benefits, handed over to its sponsor when it
 * finished and measured on the first of every month since (every other project's trailing well behind,
 * so at risk, the others on their way), and planned benefits on a few active projects, from their planned finish. Through the module's API as the PMO; once, into a
 * demo database without benefits; before the KPI history (order 40) so that it measures them.
 */
@Component
@Order(BenefitsDemo.DEMO_ORDER)
class BenefitsDemo implements ApplicationRunner {

    static final int DEMO_ORDER = 39;

    private static final Logger log = LoggerFactory.getLogger(BenefitsDemo.class);

    private record Template(String title, BenefitType type, String measure, double baseline, double target) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("Invoices processed per clerk per day", BenefitType.EFFICIENCY, "Invoices per clerk per day", 40, 65),
            new Template("Licence savings", BenefitType.FINANCIAL, "EUR saved per year", 0, 120000),
            new Template("Service desk satisfaction", BenefitType.CUSTOMER, "Satisfaction score (1 to 5)", 3.4, 4.2),
            new Template("Orders right first time", BenefitType.QUALITY, "Percent of orders right first time", 82, 95),
            new Template("Open audit findings on access control", BenefitType.COMPLIANCE, "Open audit findings", 12, 2));

    private final Benefits benefits;
    private final BenefitStore store;
    private final ProjectRegistry projects;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    BenefitsDemo(Benefits benefits, BenefitStore store, ProjectRegistry projects, People people, RunAs runAs,
                 TransactionTemplate transaction, Clock clock, @Value("${lodestar.demo}") boolean demo) {
        this.benefits = benefits;
        this.store = store;
        this.projects = projects;
        this.people = people;
        this.runAs = runAs;
        this.transaction = transaction;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo || people.isEmpty() || store.count() > 0) return;
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(18);
        int[] planned = {0};
        transaction.executeWithoutResult(status -> runAs.call("pmo", () -> {
            int index = 0;
            int active = 0;
            for (ProjectRow row : projects.everyRow(null)) {
                ProjectView project = projects.get(new ProjectId(row.id()));
                if (project.state() == ProjectState.CLOSED && project.actualFinish() != null) {
                    for (int n = 0; n < 1 + index % 2; n++) {
                        closedProjectBenefit(project, TEMPLATES.get((index + n) % TEMPLATES.size()), index % 2 == 1,
                                today, random);
                        planned[0]++;
                    }
                    index++;
                } else if (project.state() == ProjectState.ACTIVE && active < 4 && project.plannedFinish() != null
                        && project.plannedFinish().isAfter(today)) {
                    // an active project's benefits start at its go-live: none is due, so none is at risk yet
                    plan(project, TEMPLATES.get(active % TEMPLATES.size()), project.plannedFinish(),
                            project.plannedFinish().plusMonths(12));
                    active++;
                    planned[0]++;
                }
            }
            return null;
        }));
        log.info("Created {} demo benefits.", planned[0]);
    }

    private void closedProjectBenefit(ProjectView project, Template template, boolean trailing, LocalDate today,
                                      Random random) {
        LocalDate finish = project.actualFinish();
        LocalDate baselineDate = project.plannedStart() != null && project.plannedStart().isBefore(finish)
                ? project.plannedStart() : finish.minusMonths(6);
        LocalDate targetDate = finish.plusMonths(12);
        BenefitView benefit = plan(project, template, baselineDate, targetDate);
        benefit = benefits.handOver(benefit.id(), new BenefitCommand.Act(benefit.version()));
        for (LocalDate day = finish.plusMonths(1).withDayOfMonth(1); !day.isAfter(today); day = day.plusMonths(1)) {
            double expected = Realisation.expected(baselineDate, targetDate, day);
            double share = (trailing ? 0.35 : 0.85 + 0.3 * random.nextDouble()) * expected / 100;
            double value = template.baseline() + (template.target() - template.baseline()) * share;
            benefit = benefits.measure(benefit.id(), new BenefitCommand.Measurement(day,
                    BigDecimal.valueOf(value).setScale(template.target() > 1000 ? 0 : 1, RoundingMode.HALF_UP),
                    null, benefit.version()));
        }
    }

    private BenefitView plan(ProjectView project, Template template, LocalDate baselineDate, LocalDate targetDate) {
        Long owner = project.sponsor() != null ? project.sponsor().id() : null;
        return benefits.plan(project.id(), new BenefitCommand.Plan(template.title(), template.type(),
                template.measure(), BigDecimal.valueOf(template.baseline()), baselineDate,
                BigDecimal.valueOf(template.target()), targetDate, owner, null));
    }
}
