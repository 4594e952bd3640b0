package org.lodestar.performance;

/**
 * A named measure that KPI formulas aggregate: its {@code name} as formulas write it (lower case and underscores),
 * the unit of its values, and its description as a message key, {@code performance.measure.<name>}.
 */
public record Measure(String name, KpiUnit unit) {

    public Measure {
        if (!name.matches("[a-z][a-z0-9_]{0,39}")) throw new IllegalArgumentException("measure name " + name);
    }

    public String messageKey() {
        return "performance.measure." + name;
    }
}
