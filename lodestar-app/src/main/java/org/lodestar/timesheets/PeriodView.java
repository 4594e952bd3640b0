package org.lodestar.timesheets;

import java.time.Instant;
import java.time.YearMonth;

/** A month the PMO closed: timesheets with hours in it change no more. */
public record PeriodView(YearMonth month, String closedBy, Instant closedAt) {
}
