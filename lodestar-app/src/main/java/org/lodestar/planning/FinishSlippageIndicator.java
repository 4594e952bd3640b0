package org.lodestar.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.lodestar.planning.internal.PlanForecastStore;
import org.lodestar.status.HealthIndicatorSource;
import org.springframework.stereotype.Component;

/**
 * Finish slippage against baseline, for status's computed health: how many working days the plan's scheduled
 * finish lies after the finish of its first baseline (the lowest number saved), on the project calendar. Read from
 * the forecast planning stores with every change that reschedules a plan ({@link PlanForecasts}), in one query for
 * all the projects asked for.
 */
@Component
class FinishSlippageIndicator implements HealthIndicatorSource {

    static final String KEY = "planning.finishSlippage";

    private final PlanForecastStore forecasts;

    FinishSlippageIndicator(PlanForecastStore forecasts) {
        this.forecasts = forecasts;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(KEY, "days", 5, 15));
    }

    @Override
    public List<Measurement> measure(Collection<Long> projects, LocalDate today) {
        List<Measurement> measurements = new ArrayList<>();
        for (PlanForecastStore.Slippage slippage : forecasts.slippages(projects)) {
            measurements.add(new Measurement(slippage.project(), KEY, slippage.days().doubleValue(),
                    List.of(new Input("baseline", slippage.baselineNumber() + " " + slippage.baselineName()),
                            new Input("baselineFinish", slippage.baselineFinish().toString()),
                            new Input("forecastFinish", slippage.finish().toString()))));
        }
        return measurements;
    }
}
