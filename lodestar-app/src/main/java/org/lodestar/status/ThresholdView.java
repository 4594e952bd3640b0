package org.lodestar.status;

/** An indicator's thresholds: the PMO's when set ({@code custom}), else its source's defaults. */
public record ThresholdView(String indicator, String unit, double amberAt, double redAt, double defaultAmberAt,
                            double defaultRedAt, boolean custom, long version) {
}
