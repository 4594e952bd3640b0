package org.lodestar.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.planning.internal.PlanForecastStore;
import org.lodestar.status.HealthIndicatorSource;
import org.springframework.stereotype.Component;

/**
 * Overdue milestones, for status's computed health: milestones of the plan whose date passed, not complete. Read
 * from the milestones planning stores with every change that reschedules a plan ({@link PlanForecasts}), in one
 * query for all the projects asked for.
 */
@Component
class OverdueMilestonesIndicator implements HealthIndicatorSource {

    static final String KEY = "planning.overdueMilestones";

    private final PlanForecastStore forecasts;

    OverdueMilestonesIndicator(PlanForecastStore forecasts) {
        this.forecasts = forecasts;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(KEY, "count", 1, 3));
    }

    @Override
    public List<Measurement> measure(Collection<Long> projects, LocalDate today) {
        Map<Long, List<PlanForecastStore.Milestone>> byProject = new LinkedHashMap<>();
        for (PlanForecastStore.Milestone milestone : forecasts.milestones(projects, false, null, null)) {
            byProject.computeIfAbsent(milestone.project(), project -> new ArrayList<>()).add(milestone);
        }
        LocalDateTime now = today.atStartOfDay();
        List<Measurement> measurements = new ArrayList<>();
        byProject.forEach((project, milestones) -> {
            List<PlanForecastStore.Milestone> overdue = milestones.stream()
                    .filter(milestone -> !milestone.complete() && milestone.forecast().isBefore(now)).toList();
            measurements.add(new Measurement(project, KEY, overdue.size(), List.of(
                    new Input("milestones", Integer.toString(milestones.size())),
                    new Input("overdue", overdue.isEmpty() ? "-" : String.join(", ",
                            overdue.stream().limit(3).map(milestone -> milestone.name() + " "
                                    + milestone.forecast().toLocalDate()).toList())))));
        });
        return measurements;
    }
}
