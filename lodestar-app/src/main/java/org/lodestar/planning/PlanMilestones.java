package org.lodestar.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.lodestar.status.MilestoneLine;
import org.lodestar.status.ProjectMilestones;
import org.springframework.stereotype.Component;

/**
 * The plan's milestones for status reports and the dashboard: each with its deadline as the promised date and its
 * scheduled date as the forecast. Projects without a plan have none here.
 */
@Component
class PlanMilestones implements ProjectMilestones {

    private final PlanHealthData plans;
    private final ProjectPlans projectPlans;

    PlanMilestones(PlanHealthData plans, ProjectPlans projectPlans) {
        this.plans = plans;
        this.projectPlans = projectPlans;
    }

    @Override
    public List<MilestoneLine> milestones(long project) {
        List<MilestoneLine> lines = new ArrayList<>();
        for (PlanHealthData.Scheduled scheduled : plans.scheduled(Set.of(project))) {
            for (MilestoneView milestone : projectPlans.milestones(project, "", "", scheduled.plan())) {
                lines.add(line(milestone));
            }
        }
        return lines;
    }

    @Override
    public List<ProjectMilestone> due(Collection<Long> projects, LocalDate from, LocalDate to) {
        List<ProjectMilestone> due = new ArrayList<>();
        for (PlanHealthData.Scheduled scheduled : plans.scheduled(projects)) {
            for (MilestoneView milestone : projectPlans.milestones(scheduled.project(), "", "", scheduled.plan())) {
                LocalDate date = milestone.date().toLocalDate();
                if (!milestone.complete() && !date.isBefore(from) && !date.isAfter(to)) {
                    due.add(new ProjectMilestone(scheduled.project(), line(milestone)));
                }
            }
        }
        return due;
    }

    private static MilestoneLine line(MilestoneView milestone) {
        String name = milestone.name().length() > 200 ? milestone.name().substring(0, 200) : milestone.name();
        return new MilestoneLine(name, milestone.deadline(), milestone.date().toLocalDate(), milestone.complete());
    }
}
