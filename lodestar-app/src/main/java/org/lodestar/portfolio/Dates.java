package org.lodestar.portfolio;

import java.time.LocalDate;

/**
 * The dates a project can plausibly have. Outside them lie typing mistakes, and dates that the databases and the
 * JDBC conversions do not store faithfully (before the Gregorian reform, say), so they are refused.
 */
final class Dates {

    static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    private Dates() {
    }

    static boolean plausible(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
