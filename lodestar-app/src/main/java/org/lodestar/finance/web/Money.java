package org.lodestar.finance.web;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Formats amounts for a page in the reader's language (pages call {@code ${money.format(amount)}}); public, as SpEL
 * calls methods of public types only.
 */
public record Money(Locale locale) {

    public String format(BigDecimal amount) {
        return FinancePagesController.money(amount, locale);
    }
}
