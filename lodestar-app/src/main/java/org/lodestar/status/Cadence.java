package org.lodestar.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The due dates of a reporting cycle. Weekly and fortnightly cycles fall due on an ISO day of the week (1 = Monday);
 * fortnightly ones in the weeks counted even from Monday 2024-01-01, so every node and every year agrees. Monthly
 * cycles fall due on a day of the month from 1 to 28 (every month has it).
 */
public record Cadence(Frequency frequency, int dueDay) {

    private static final LocalDate FORTNIGHT_ANCHOR = LocalDate.of(2024, 1, 1);

    public Cadence {
        int max = frequency == Frequency.MONTHLY ? 28 : 7;
        if (dueDay < 1 || dueDay > max) {
            throw new IllegalArgumentException("due day of a " + frequency + " cycle must be 1 to " + max + ": " + dueDay);
        }
    }

    /** The first due date on or after the day. */
    public LocalDate dueOnOrAfter(LocalDate day) {
        return switch (frequency) {
            case WEEKLY -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dueDay)));
            case FORTNIGHTLY -> {
                LocalDate first = firstFortnightDue();
                long days = ChronoUnit.DAYS.between(first, day);
                yield first.plusDays(14 * Math.floorDiv(days + 13, 14));
            }
            case MONTHLY -> {
                LocalDate candidate = day.withDayOfMonth(dueDay);
                yield candidate.isBefore(day) ? candidate.plusMonths(1) : candidate;
            }
        };
    }

    /** The last due date on or before the day. */
    public LocalDate dueOnOrBefore(LocalDate day) {
        return switch (frequency) {
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dueDay)));
            case FORTNIGHTLY -> {
                LocalDate first = firstFortnightDue();
                long days = ChronoUnit.DAYS.between(first, day);
                yield first.plusDays(14 * Math.floorDiv(days, 14));
            }
            case MONTHLY -> {
                LocalDate candidate = day.withDayOfMonth(dueDay);
                yield candidate.isAfter(day) ? candidate.minusMonths(1) : candidate;
            }
        };
    }

    /** The due date before the given one. */
    public LocalDate previous(LocalDate due) {
        return dueOnOrBefore(due.minusDays(1));
    }

    private LocalDate firstFortnightDue() {
        return FORTNIGHT_ANCHOR.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dueDay)));
    }
}
