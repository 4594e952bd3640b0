package org.lodestar.performance;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's contribution to the KPI library: named measures over its own records, each sampled as one value per
 * thing behind it (a project, a request, a risk), so that a KPI's value can be drilled down to them. Modules
 * implement it as a bean; the performance module never reads their tables. Like status's health indicator sources,
 * it is how a new module adds measures without the performance module knowing it.
 */
public interface MeasureSource {

    /** The measures this source samples. */
    List<Measure> measures();

    /**
     * Samples the measures over a period: flow measures (reports due, requests decided) count what happened from
     * {@code from} to {@code to}, both included; stock measures (open risks' exposure) take the state on {@code to}.
     * Reads only what was recorded by {@code to}, so that a past period can be computed again alike.
     */
    List<MeasureSample> sample(LocalDate from, LocalDate to);
}
