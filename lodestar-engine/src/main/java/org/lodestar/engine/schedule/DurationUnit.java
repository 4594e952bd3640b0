package org.lodestar.engine.schedule;

/** Units a duration is typed in; days, weeks and months convert with the calendar's settings. */
public enum DurationUnit {
    MINUTES, HOURS, DAYS, WEEKS, MONTHS
}
