package org.lodestar.engine.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The engine's clock: an instant is an {@code int} counting minutes since 1900-01-01T00:00 (local time, no zone),
 * which covers 1900 to 2199 and keeps every date array at four bytes a task.
 */
public final class TimeAxis {

    /** Marks an absent instant or value in the engine's int arrays. */
    public static final int NONE = Integer.MIN_VALUE;

    static final LocalDateTime ORIGIN = LocalDateTime.of(1900, 1, 1, 0, 0);
    static final LocalDate ORIGIN_DAY = ORIGIN.toLocalDate();
    static final int MINUTES_PER_DAY = 1440;
    /** Days from the origin to 2200-01-01. */
    static final int DAYS = (int) ChronoUnit.DAYS.between(ORIGIN_DAY, LocalDate.of(2200, 1, 1));

    private TimeAxis() {
    }

    public static int minute(LocalDateTime dateTime) {
        long minutes = ChronoUnit.MINUTES.between(ORIGIN, dateTime);
        if (minutes < 0 || minutes >= (long) DAYS * MINUTES_PER_DAY) {
            throw new IllegalArgumentException("Date " + dateTime + " is outside the years 1900 to 2199");
        }
        return (int) minutes;
    }

    public static int minute(LocalDate day) {
        return minute(day.atStartOfDay());
    }

    /** Null for {@link #NONE}. */
    public static LocalDateTime dateTime(int minute) {
        return minute == NONE ? null : ORIGIN.plusMinutes(minute);
    }

    static int day(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(ORIGIN_DAY, date);
    }
}
