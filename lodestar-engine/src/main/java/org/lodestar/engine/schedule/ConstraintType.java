package org.lodestar.engine.schedule;

/**
 * Date constraints as Microsoft Project and Primavera name them. {@link #MUST_START_ON} and {@link #MUST_FINISH_ON}
 * hold the date whatever the logic (Project's must start/finish on, P6's mandatory start/finish); P6's
 * {@link #START_ON} and {@link #FINISH_ON} bound both the early date (logic may still push it later) and the late
 * date, so an activity that cannot keep its date gets negative float rather than breaking a link.
 */
public enum ConstraintType {
    AS_SOON_AS_POSSIBLE,
    AS_LATE_AS_POSSIBLE,
    START_NO_EARLIER_THAN,
    START_NO_LATER_THAN,
    FINISH_NO_EARLIER_THAN,
    FINISH_NO_LATER_THAN,
    MUST_START_ON,
    MUST_FINISH_ON,
    START_ON,
    FINISH_ON;

    boolean hasDate() {
        return this != AS_SOON_AS_POSSIBLE && this != AS_LATE_AS_POSSIBLE;
    }
}
