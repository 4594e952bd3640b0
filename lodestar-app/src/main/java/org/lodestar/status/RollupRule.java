package org.lodestar.status;

/** How the health of many projects rolls up to a programme or portfolio: the worst one, or weighted by budget. */
public enum RollupRule {
    WORST, WEIGHTED;

    public String messageKey() {
        return "status.rollup." + name();
    }
}
