package org.lodestar.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestar.planning.internal.BaselineStore;
import org.lodestar.status.MilestoneLine;
import org.lodestar.status.ProjectMilestones;
import org.springframework.stereotype.Component;

/**
 * The plan's milestones for status reports and the dashboard: each with its promised date (its date in the current
 * baseline, the one saved last, as the registry's planned dates take it; without a baseline or with the milestone
 * added since, its deadline) and its scheduled date as the forecast. Projects without a plan have none here.
 */
@Component
class PlanMilestones implements ProjectMilestones {

    private final PlanHealthData plans;
    private final ProjectPlans projectPlans;
    private final BaselineStore baselines;

    PlanMilestones(PlanHealthData plans, ProjectPlans projectPlans, BaselineStore baselines) {
        this.plans = plans;
        this.projectPlans = projectPlans;
        this.baselines = baselines;
    }

    @Override
    public List<MilestoneLine> milestones(long project) {
        List<MilestoneLine> lines = new ArrayList<>();
        for (PlanHealthData.Scheduled scheduled : plans.scheduled(Set.of(project))) {
            Map<Long, BaselineStore.Values> promised = currentBaseline(project);
            for (MilestoneView milestone : projectPlans.milestones(project, "", "", scheduled.plan())) {
                lines.add(line(milestone, promised));
            }
        }
        return lines;
    }

    @Override
    public List<ProjectMilestone> due(Collection<Long> projects, LocalDate from, LocalDate to) {
        List<ProjectMilestone> due = new ArrayList<>();
        for (PlanHealthData.Scheduled scheduled : plans.scheduled(projects)) {
            Map<Long, BaselineStore.Values> promised = null;
            for (MilestoneView milestone : projectPlans.milestones(scheduled.project(), "", "", scheduled.plan())) {
                LocalDate date = milestone.date().toLocalDate();
                if (!milestone.complete() && !date.isBefore(from) && !date.isAfter(to)) {
                    if (promised == null) promised = currentBaseline(scheduled.project());
                    due.add(new ProjectMilestone(scheduled.project(), line(milestone, promised)));
                }
            }
        }
        return due;
    }

    /** The task values of the baseline saved last (by its saved time, then the higher number); empty without one. */
    private Map<Long, BaselineStore.Values> currentBaseline(long project) {
        return baselines.list(project).stream()
                .max(Comparator.comparing(BaselineStore.Header::savedAt).thenComparing(BaselineStore.Header::number))
                .map(header -> baselines.values(project, header.number()))
                .orElse(Map.of());
    }

    private static MilestoneLine line(MilestoneView milestone, Map<Long, BaselineStore.Values> promised) {
        String name = milestone.name().length() > 200 ? milestone.name().substring(0, 200) : milestone.name();
        BaselineStore.Values baseline = promised.get(milestone.taskId());
        LocalDate due = baseline != null && baseline.finish() != null ? baseline.finish().toLocalDate()
                : milestone.deadline();
        return new MilestoneLine(name, due, milestone.date().toLocalDate(), milestone.complete());
    }
}
