package org.lodestar.resources.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The organisation calendar's working days: the weekdays with hours, less its holidays; and the hours of its day,
 * the default capacity of a person at 1 FTE.
 */
public record WorkWeek(Set<DayOfWeek> workingDays, Predicate<LocalDate> holiday, double hoursPerDay) {

    public static final WorkWeek STANDARD = new WorkWeek(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), day -> false, 8);

    public boolean isWorking(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holiday.test(day);
    }
}
