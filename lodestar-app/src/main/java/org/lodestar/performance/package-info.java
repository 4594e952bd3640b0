/**
 * Performance: the PMO's standard measures. The KPI library (shipped KPIs and the PMO's own, each a formula over
 * measures that the modules sample through {@link org.lodestar.performance.MeasureSource}), computed each month by
 * a job on one node and kept as time series with the samples behind every value, for the dashboard's trends and
 * drill-down. The base package is the module's API ({@link org.lodestar.performance.Kpis},
 * {@link org.lodestar.performance.KpiComputation}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance")
package org.lodestar.performance;
