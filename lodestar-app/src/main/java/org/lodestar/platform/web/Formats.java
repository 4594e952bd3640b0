package org.lodestar.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lodestar.platform.Formatting;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for templates, in the request's locale: {@code ${@formats.date(project.plannedFinish)}},
 * {@code ${@formats.money(project.budget, project.currency)}}. Nulls format as an empty string.
 */
@Component("formats")
public class Formats {

    /** A duration or lag as the planning API writes it: {@code 5d}, {@code 2.5w}, {@code -1ed}, {@code 3mo}. */
    private static final Pattern DURATION = Pattern.compile("(-?\\d+(?:\\.\\d+)?)(e?)(mo|m|h|d|w)");

    private static final Pattern NEUTRAL = Pattern.compile(
            "(?<date>\\d{4}-\\d{2}-\\d{2})|(?<amount>-?\\d+(?:\\.\\d+)?)(?: (?<currency>[A-Z]{3})|\\s?(?<percent>%))?");

    private final MessageSource messages;

    Formats(MessageSource messages) {
        this.messages = messages;
    }

    public String date(LocalDate date) {
        return Formatting.date(date, locale());
    }

    /**
     * The date of a plan time as the API writes it ({@code 2025-11-03T08:00}, or a date alone), as {@link #date}
     * shows dates; text that is neither is shown as it is.
     */
    public String planDate(String time) {
        if (time == null || time.length() < 10) return time == null ? "" : time;
        try {
            return date(time.length() == 10 ? LocalDate.parse(time) : LocalDateTime.parse(time).toLocalDate());
        } catch (java.time.format.DateTimeParseException notATime) {
            return time;
        }
    }

    /**
     * A duration as the planning API writes it ({@code 2.5d}, {@code 4ed}) in the reader's units and decimals, as
     * Microsoft Project shows them in each language (French {@code 2,5j}); the planning module reads these back.
     */
    public String duration(String text) {
        if (text == null) return "";
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) return text;
        return number(new BigDecimal(matcher.group(1))) + matcher.group(2)
                + messages.getMessage("plan.unit." + matcher.group(3), null, matcher.group(3), locale());
    }

    /**
     * Language-neutral text as modules write it for people to read later (health inputs, audit values): an ISO date
     * as {@link #date}, an amount and its currency ({@code 279000.00 EUR}) as {@link #money}, a number, with or
     * without a percent sign, as {@link #number}; anything else as it is.
     */
    public String neutral(String text) {
        if (text == null) return "";
        Matcher matcher = NEUTRAL.matcher(text.strip());
        if (!matcher.matches()) return text;
        if (matcher.group("date") != null) return planDate(matcher.group("date"));
        BigDecimal amount = new BigDecimal(matcher.group("amount"));
        if (matcher.group("currency") != null) return money(amount, matcher.group("currency"));
        if (matcher.group("percent") == null) return number(amount);
        NumberFormat percent = NumberFormat.getPercentInstance(locale());
        percent.setMaximumFractionDigits(2);
        return percent.format(amount.movePointLeft(2));
    }

    /** A number as a form field's value: plain, no grouping, no trailing zeros ({@code 5}, not {@code 5.0}). */
    public String plain(Number number) {
        return number == null ? "" : new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }

    /** An instant in the server's time zone, with date and time. */
    public String dateTime(Instant instant) {
        return Formatting.dateTime(instant, locale());
    }

    public String money(BigDecimal amount, String currency) {
        return Formatting.money(amount, currency, locale());
    }

    /** A whole amount (a scenario's budgets are whole currency units) with its currency. */
    public String wholeMoney(long amount, String currency) {
        return Formatting.money(BigDecimal.valueOf(amount), currency, locale());
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getNumberInstance(locale()).format(number);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
