package org.lodestar.status.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.lodestar.status.HealthIndicatorSource;
import org.springframework.stereotype.Component;

/**
 * The indicators status owns: days since the project last reported, and budget burn against progress (actual cost
 * to date as a share of the budget, minus the reported percentage complete).
 */
@Component
class StatusIndicators implements HealthIndicatorSource {

    static final String DAYS_SINCE_REPORT = "status.daysSinceReport";
    static final String BUDGET_BURN = "status.budgetBurn";

    private final ProjectFacts facts;
    private final LatestStatus latest;

    StatusIndicators(ProjectFacts facts, LatestStatus latest) {
        this.facts = facts;
        this.latest = latest;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(DAYS_SINCE_REPORT, "days", 10, 21),
                new IndicatorDefinition(BUDGET_BURN, "points", 10, 20));
    }

    @Override
    public List<Measurement> measure(Collection<Long> projects, LocalDate today) {
        Map<Long, LatestStatus.Latest> reported = latest.find(projects);
        List<Measurement> measurements = new ArrayList<>();
        Input todayInput = new Input("today", today.toString());
        for (ProjectFacts.Fact project : facts.find(projects)) {
            if (!project.reports()) continue;
            LatestStatus.Latest last = reported.get(project.id());
            daysSinceReport(project, last, today, todayInput, measurements);
            if (last != null) budgetBurn(project, last, measurements);
        }
        return measurements;
    }

    private static void daysSinceReport(ProjectFacts.Fact project, LatestStatus.Latest last, LocalDate today,
                                        Input todayInput, List<Measurement> measurements) {
        LocalDate since = last != null && last.lastSubmittedPeriod() != null ? last.lastSubmittedPeriod() : null;
        if (since != null) {
            measurements.add(new Measurement(project.id(), DAYS_SINCE_REPORT,
                    Math.max(0, ChronoUnit.DAYS.between(since, today)),
                    List.of(new Input("lastReportPeriod", since.toString()), todayInput)));
        } else if (project.plannedStart() != null && project.plannedStart().isBefore(today)) {
            // never reported: count from the start of the project
            measurements.add(new Measurement(project.id(), DAYS_SINCE_REPORT,
                    ChronoUnit.DAYS.between(project.plannedStart(), today),
                    List.of(new Input("lastReportPeriod", "-"), new Input("plannedStart", project.plannedStart().toString()),
                            todayInput)));
        }
    }

    private static void budgetBurn(ProjectFacts.Fact project, LatestStatus.Latest last, List<Measurement> measurements) {
        BigDecimal budget = project.budget();
        if (budget == null || budget.signum() <= 0 || last.actualCost() == null || last.percentComplete() == null) {
            return;
        }
        // doubles are exact enough for a percentage shown to one decimal, and cheap for 10,000 projects
        double burn = Math.round(last.actualCost().doubleValue() * 1000 / budget.doubleValue()) / 10.0;
        double over = Math.round((burn - last.percentComplete()) * 10) / 10.0;
        measurements.add(new Measurement(project.id(), BUDGET_BURN, over, List.of(
                new Input("budget", budget.toPlainString() + " " + project.currency()),
                new Input("actualCost", last.actualCost().toPlainString() + " " + project.currency()),
                new Input("burn", burn + " %"),
                new Input("percentComplete", last.percentComplete() + " %"))));
    }
}
