package org.lodestar.resources;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cost rate in force: an amount per hour in a currency, effective from a date. */
public record HourlyRate(BigDecimal amount, String currency, LocalDate effectiveFrom) {
}
