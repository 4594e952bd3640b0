package org.lodestar.performance;

import java.time.LocalDate;
import java.util.List;

/**
 * A KPI's value in one month and what it was computed from: for each measure its formula names, the projects,
 * requests or risks sampled, each with its value.
 */
public record KpiDrillDown(KpiView kpi, LocalDate period, LocalDate asOf, Double value, String rating,
                           List<MeasureSamples> measures) {

    public record MeasureSamples(String name, String description, KpiUnit unit, List<MeasureSample> samples) {
    }
}
