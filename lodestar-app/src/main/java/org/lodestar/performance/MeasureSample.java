package org.lodestar.performance;

/**
 * One value of a measure for one thing behind it: {@code subject} identifies the thing ({@code project:12}),
 * {@code label} and {@code href} show it and link to it when a KPI is drilled down.
 */
public record MeasureSample(String measure, String subject, String label, String href, double value) {
}
