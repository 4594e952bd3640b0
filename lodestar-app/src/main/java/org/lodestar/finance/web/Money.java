package org.lodestar.finance.web;

import java.math.BigDecimal;
import java.util.Locale;

/** Formats amounts for a page in the reader's language (pages call {@code ${money.format(amount)}}). */
record Money(Locale locale) {

    String format(BigDecimal amount) {
        return FinancePagesController.money(amount, locale);
    }
}
