package org.lodestar.performance;

/**
 * Which way a KPI improves, which decides how its value meets the target and the amber limit: with HIGHER a value at
 * or above the target is green, at or above the limit amber, below it red; LOWER mirrors it; NONE has no rating
 * (a rate to watch, such as the approval rate, rather than to push).
 */
public enum KpiDirection {
    HIGHER, LOWER, NONE;

    /** GREEN, AMBER or RED, or null when the KPI is not rated or has no target. */
    public String rate(double value, Double target, Double amberLimit) {
        if (this == NONE || target == null) return null;
        boolean meets = this == HIGHER ? value >= target : value <= target;
        if (meets) return "GREEN";
        if (amberLimit == null) return "RED";
        boolean within = this == HIGHER ? value >= amberLimit : value <= amberLimit;
        return within ? "AMBER" : "RED";
    }
}
