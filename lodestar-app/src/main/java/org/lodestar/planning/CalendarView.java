package org.lodestar.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * A working-time calendar: the organisation's ({@code projectId} null) or a project's own. Times of day are
 * {@code HH:mm}, {@code 24:00} for midnight at the end of a day; a weekday without hours is not worked; an exception
 * without hours is a holiday. {@code editable} tells whether the reader may change it.
 */
public record CalendarView(long id, Long projectId, String name, int minutesPerDay, int minutesPerWeek,
                           int daysPerMonth, List<Day> week, List<Exception> exceptions, long version,
                           boolean editable) {

    /** A period of working time, from and to as {@code HH:mm}. */
    public record Hours(String from, String to) {
    }

    /** The working hours of one weekday. */
    public record Day(DayOfWeek day, List<Hours> hours) {
    }

    /** A holiday (no hours) or changed working hours, from its first to its last day. */
    public record Exception(String name, LocalDate from, LocalDate to, List<Hours> hours) {
    }
}
