package org.lodestar.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestar.planning.internal.BaselineStore;
import org.lodestar.planning.internal.PlanForecastStore;
import org.lodestar.status.MilestoneLine;
import org.lodestar.status.ProjectMilestones;
import org.springframework.stereotype.Component;

/**
 * The plan's milestones for status reports and the dashboard: each with its promised date (its date in the current
 * baseline, the one saved last, as the registry's planned dates take it; without a baseline or with the milestone
 * added since, its deadline) and its scheduled date as the forecast. Projects without a plan have none here. A
 * report reads its one plan scheduled now; the dashboard reads the milestones stored with each plan's forecast
 * ({@link PlanForecasts}) in one query, and the current baseline only of the projects that have one due.
 */
@Component
class PlanMilestones implements ProjectMilestones {

    private final PlanHealthData plans;
    private final ProjectPlans projectPlans;
    private final PlanForecastStore forecasts;
    private final BaselineStore baselines;

    PlanMilestones(PlanHealthData plans, ProjectPlans projectPlans, PlanForecastStore forecasts,
                   BaselineStore baselines) {
        this.plans = plans;
        this.projectPlans = projectPlans;
        this.forecasts = forecasts;
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
        Map<Long, Map<Long, BaselineStore.Values>> promised = new HashMap<>();
        for (PlanForecastStore.Milestone milestone : forecasts.milestones(projects, true, from, to)) {
            Map<Long, BaselineStore.Values> baseline = promised.computeIfAbsent(milestone.project(),
                    this::currentBaseline);
            due.add(new ProjectMilestone(milestone.project(), line(milestone.task(), milestone.name(),
                    milestone.deadline(), milestone.forecast().toLocalDate(), milestone.complete(), baseline)));
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
        return line(milestone.taskId(), milestone.name(), milestone.deadline(), milestone.date().toLocalDate(),
                milestone.complete(), promised);
    }

    private static MilestoneLine line(long task, String name, LocalDate deadline, LocalDate forecast,
                                      boolean complete, Map<Long, BaselineStore.Values> promised) {
        BaselineStore.Values baseline = promised.get(task);
        LocalDate due = baseline != null && baseline.finish() != null ? baseline.finish().toLocalDate() : deadline;
        return new MilestoneLine(name.length() > 200 ? name.substring(0, 200) : name, due, forecast, complete);
    }
}
