package org.lodestar.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.lodestar.planning.internal.PlanForecastStore;
import org.lodestar.status.MilestoneLine;
import org.lodestar.status.ProjectMilestones;
import org.springframework.stereotype.Component;

/**
 * The plan's milestones for status reports and the dashboard: each with its deadline as the promised date and its
 * scheduled date as the forecast. Projects without a plan have none here. A report reads its one plan scheduled
 * now; the dashboard reads the milestones stored with each plan's forecast ({@link PlanForecasts}) in one query.
 */
@Component
class PlanMilestones implements ProjectMilestones {

    private final PlanHealthData plans;
    private final ProjectPlans projectPlans;
    private final PlanForecastStore forecasts;

    PlanMilestones(PlanHealthData plans, ProjectPlans projectPlans, PlanForecastStore forecasts) {
        this.plans = plans;
        this.projectPlans = projectPlans;
        this.forecasts = forecasts;
    }

    @Override
    public List<MilestoneLine> milestones(long project) {
        List<MilestoneLine> lines = new ArrayList<>();
        for (PlanHealthData.Scheduled scheduled : plans.scheduled(Set.of(project))) {
            for (MilestoneView milestone : projectPlans.milestones(project, "", "", scheduled.plan())) {
                lines.add(new MilestoneLine(name(milestone.name()), milestone.deadline(),
                        milestone.date().toLocalDate(), milestone.complete()));
            }
        }
        return lines;
    }

    @Override
    public List<ProjectMilestone> due(Collection<Long> projects, LocalDate from, LocalDate to) {
        List<ProjectMilestone> due = new ArrayList<>();
        for (PlanForecastStore.Milestone milestone : forecasts.milestones(projects, true, from, to)) {
            due.add(new ProjectMilestone(milestone.project(), new MilestoneLine(name(milestone.name()),
                    milestone.deadline(), milestone.forecast().toLocalDate(), milestone.complete())));
        }
        return due;
    }

    private static String name(String name) {
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
