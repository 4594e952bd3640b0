package org.lodestar.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.lodestar.status.HealthIndicatorSource;
import org.springframework.stereotype.Component;

/** Overdue milestones, for status's computed health: milestones of the plan whose date passed, not complete. */
@Component
class OverdueMilestonesIndicator implements HealthIndicatorSource {

    static final String KEY = "planning.overdueMilestones";

    private final PlanHealthData plans;
    private final ProjectPlans projectPlans;

    OverdueMilestonesIndicator(PlanHealthData plans, ProjectPlans projectPlans) {
        this.plans = plans;
        this.projectPlans = projectPlans;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(KEY, "count", 1, 3));
    }

    @Override
    public List<Measurement> measure(Collection<Long> projects, LocalDate today) {
        List<Measurement> measurements = new ArrayList<>();
        for (PlanHealthData.Scheduled scheduled : plans.scheduled(projects)) {
            List<MilestoneView> milestones = projectPlans.milestones(scheduled.project(), "", "", scheduled.plan());
            if (milestones.isEmpty()) continue;
            List<MilestoneView> overdue = milestones.stream().filter(MilestoneView::overdue).toList();
            measurements.add(new Measurement(scheduled.project(), KEY, overdue.size(), List.of(
                    new Input("milestones", Integer.toString(milestones.size())),
                    new Input("overdue", overdue.isEmpty() ? "-" : String.join(", ",
                            overdue.stream().limit(3).map(milestone -> milestone.name() + " "
                                    + milestone.date().toLocalDate()).toList())))));
        }
        return measurements;
    }
}
