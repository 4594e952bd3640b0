package org.lodestar.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for templates, in the request's locale: {@code ${@formats.date(project.plannedFinish)}},
 * {@code ${@formats.money(project.budget, project.currency)}}. Nulls format as an empty string.
 */
@Component("formats")
public class Formats {

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** An instant in the server's time zone, with date and time. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale()).withZone(ZoneId.systemDefault()).format(instant);
    }

    public String money(BigDecimal amount, String currency) {
        if (amount == null) return "";
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        try {
            Currency unit = Currency.getInstance(currency);
            format.setCurrency(unit);
            format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() <= 0 ? 0 : unit.getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException unknownCurrency) {
            return number(amount) + (currency == null ? "" : " " + currency);
        }
        return format.format(amount);
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getNumberInstance(locale()).format(number);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
