package org.lodestar.performance;

/** What a KPI's or a measure's numbers count. */
public enum KpiUnit {
    PERCENT, RATIO, DAYS, POINTS, COUNT;

    public String messageKey() {
        return "performance.unit." + name();
    }
}
