package org.lodestar.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** A cost rate, an amount per hour in a currency, in force from its date until the next rate's. */
@Table("resource_rate")
public record ResourceRate(LocalDate effectiveFrom, BigDecimal amount, String currency) {
}
