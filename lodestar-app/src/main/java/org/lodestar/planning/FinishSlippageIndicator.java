package org.lodestar.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestar.engine.schedule.TimeAxis;
import org.lodestar.engine.schedule.WorkCalendar;
import org.lodestar.planning.internal.BaselineStore;
import org.lodestar.status.HealthIndicatorSource;
import org.springframework.stereotype.Component;

/**
 * Finish slippage against baseline, for status's computed health: how many working days the plan's scheduled
 * finish lies after the finish of its first baseline (the lowest number saved), on the project calendar.
 */
@Component
class FinishSlippageIndicator implements HealthIndicatorSource {

    static final String KEY = "planning.finishSlippage";

    private final PlanHealthData plans;
    private final BaselineStore baselines;

    FinishSlippageIndicator(PlanHealthData plans, BaselineStore baselines) {
        this.plans = plans;
        this.baselines = baselines;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(KEY, "days", 5, 15));
    }

    @Override
    public List<Measurement> measure(Collection<Long> projects, LocalDate today) {
        List<Measurement> measurements = new ArrayList<>();
        for (PlanHealthData.Scheduled scheduled : plans.scheduled(projects)) {
            Optional<BaselineStore.Header> baseline = baselines.list(scheduled.project()).stream()
                    .min(Comparator.comparingInt(BaselineStore.Header::number));
            if (baseline.isEmpty()) continue;
            Map<Long, BaselineStore.Values> values = baselines.values(scheduled.project(), baseline.get().number());
            int baselineFinish = values.values().stream().mapToInt(value -> TimeAxis.minute(value.finish()))
                    .max().orElse(TimeAxis.NONE);
            if (baselineFinish == TimeAxis.NONE) continue;
            int finish = scheduled.plan().schedule.projectFinish();
            WorkCalendar calendar = scheduled.plan().plan.projectCalendar();
            double days = calendar.workingMinutesBetween(baselineFinish, finish) / (double) calendar.minutesPerDay();
            measurements.add(new Measurement(scheduled.project(), KEY, Math.max(0, Math.round(days * 10) / 10.0),
                    List.of(new Input("baseline", baseline.get().number() + " " + baseline.get().name()),
                            new Input("baselineFinish", TimeAxis.dateTime(baselineFinish).toLocalDate().toString()),
                            new Input("forecastFinish", TimeAxis.dateTime(finish).toLocalDate().toString()))));
        }
        return measurements;
    }
}
