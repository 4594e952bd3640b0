package org.lodestar.engine.schedule;

/**
 * The calendar a working lag is counted on (P6's "calendar for scheduling relationship lag"). Microsoft Project counts
 * it on the successor's calendar, the default here; P6 lets the project choose, its own default being the
 * predecessor's.
 */
public enum LagCalendar {
    SUCCESSOR, PREDECESSOR, PROJECT, TWENTY_FOUR_HOURS
}
