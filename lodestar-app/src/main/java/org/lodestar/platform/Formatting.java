package org.lodestar.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * The one way to write a date or an amount in a language: the pages (through {@code platform.web.Formats}, in the
 * request's language) and documents written in a language of their own (packs, mails) alike. Nulls write as "".
 */
public final class Formatting {

    private Formatting() {
    }

    /** A date in the medium style of the language ({@code Nov 3, 2025}, {@code 3 nov. 2025}, {@code 2025/11/03}). */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** An instant in the server's time zone, with date and time in the medium style of the language. */
    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    /**
     * An amount with its currency as the language writes it ({@code €279,000}, {@code 279 000 €}); whole amounts
     * without decimals, others with the currency's; an unknown currency code after the number.
     */
    public static String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) return "";
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            Currency unit = Currency.getInstance(currency);
            format.setCurrency(unit);
            format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() <= 0 ? 0 : unit.getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException unknownCurrency) {
            return NumberFormat.getNumberInstance(locale).format(amount) + (currency == null ? "" : " " + currency);
        }
        return format.format(amount);
    }
}
