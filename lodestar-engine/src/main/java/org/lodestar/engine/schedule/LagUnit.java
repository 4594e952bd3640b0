package org.lodestar.engine.schedule;

/** What a dependency's lag counts; a negative lag is a lead. */
public enum LagUnit {
    /** Working minutes on the successor's calendar. */
    WORKING,
    /** Elapsed minutes, around the clock. */
    ELAPSED,
    /** Hundredths of a percent of the predecessor's duration (5000 = 50%). */
    PERCENT
}
