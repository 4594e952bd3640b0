package org.lodestar.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lodestar.platform.InvalidInputException;

/**
 * Durations as people type them in Microsoft Project: a number and a unit ({@code 5d}, {@code 3h}, {@code 2w},
 * {@code 1mo}, {@code 30m}, {@code 2.5d}, {@code 5 days}), {@code e} before the unit for elapsed time
 * ({@code 4ed}: four round-the-clock days), a bare number in days, and {@code 0} for a milestone.
 */
final class DurationText {

    /** Longest duration accepted: 100 years of elapsed time; anything longer is a typing mistake. */
    static final long MAX_MINUTES = 36_525L * 1440;

    private static final Pattern DURATION = Pattern.compile("^(\\d+(?:[.,]\\d+)?|[.,]\\d+)\\s*(e?)\\s*(\\p{L}*)\\??$");
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("m", "m"), Map.entry("min", "m"), Map.entry("mins", "m"), Map.entry("minute", "m"),
            Map.entry("minutes", "m"), Map.entry("h", "h"), Map.entry("hr", "h"), Map.entry("hrs", "h"),
            Map.entry("hour", "h"), Map.entry("hours", "h"), Map.entry("d", "d"), Map.entry("dy", "d"),
            Map.entry("day", "d"), Map.entry("days", "d"), Map.entry("w", "w"), Map.entry("wk", "w"),
            Map.entry("wks", "w"), Map.entry("week", "w"), Map.entry("weeks", "w"), Map.entry("mo", "mo"),
            Map.entry("mon", "mo"), Map.entry("mons", "mo"), Map.entry("month", "mo"), Map.entry("months", "mo"),
            // the units Microsoft Project shows in French, Japanese and Korean, which the plan page shows too
            Map.entry("mn", "m"), Map.entry("heure", "h"), Map.entry("heures", "h"), Map.entry("j", "d"),
            Map.entry("jour", "d"), Map.entry("jours", "d"), Map.entry("s", "w"), Map.entry("sem", "w"),
            Map.entry("semaine", "w"), Map.entry("semaines", "w"), Map.entry("ms", "mo"), Map.entry("mois", "mo"),
            Map.entry("分", "m"), Map.entry("時間", "h"), Map.entry("日", "d"), Map.entry("週", "w"),
            Map.entry("週間", "w"), Map.entry("か月", "mo"), Map.entry("ヶ月", "mo"), Map.entry("カ月", "mo"),
            Map.entry("분", "m"), Map.entry("시간", "h"), Map.entry("일", "d"), Map.entry("주", "w"),
            Map.entry("개월", "mo"));

    private DurationText() {
    }

    /** A duration: its length in minutes (working, or elapsed), and the unit it is shown in. */
    record Duration(int minutes, boolean elapsed, String unit) {
    }

    /**
     * Reads a duration; {@code field} names the input in the problem reported for text that is not a duration or
     * lies outside 0 to 100 years.
     */
    static Duration parse(String text, TimeUnits units, String field) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (typed.startsWith("-") && DURATION.matcher(typed.substring(1).strip()).matches()) {
            throw problem(field, "planning.validation.duration.range", text);
        }
        Matcher matcher = DURATION.matcher(typed);
        if (!matcher.matches()) throw problem(field, "planning.validation.duration", text);
        boolean elapsed = !matcher.group(2).isEmpty();
        String unit = matcher.group(3).isEmpty() ? "d" : UNITS.get(matcher.group(3));
        if (unit == null) throw problem(field, "planning.validation.duration", text);
        BigDecimal amount = new BigDecimal(matcher.group(1).replace(',', '.'));
        return new Duration(minutes(amount, unit, elapsed, units, text, field), elapsed, unit);
    }

    /**
     * The minutes of {@code amount} units, refused beyond 100 years of calendar time (working time counted by
     * weeks: 5,300 working weeks are over a hundred years, however few minutes they hold).
     */
    static int minutes(BigDecimal amount, String unit, boolean elapsed, TimeUnits units, String text, String field) {
        BigDecimal minutes = amount.multiply(BigDecimal.valueOf(units.minutesIn(unit, elapsed)))
                .setScale(0, RoundingMode.HALF_UP);
        BigDecimal calendarMinutes = elapsed ? minutes : minutes.multiply(BigDecimal.valueOf(7 * 1440))
                .divide(BigDecimal.valueOf(units.minutesPerWeek()), 0, RoundingMode.HALF_UP);
        if (calendarMinutes.compareTo(BigDecimal.valueOf(MAX_MINUTES)) > 0) {
            throw problem(field, "planning.validation.duration.range", text);
        }
        return minutes.intValueExact();
    }

    /** A duration as Microsoft Project shows it: {@code 5d}, {@code 2.5d}, {@code 4ed}, {@code 0d}. */
    static String format(int minutes, boolean elapsed, String unit, TimeUnits units) {
        return amount(minutes, units.minutesIn(unit, elapsed)) + (elapsed ? "e" : "") + unit;
    }

    /** {@code minutes / perUnit} with at most two decimals, without trailing zeros. */
    static String amount(long minutes, long perUnit) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(perUnit), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    static InvalidInputException problem(String field, String key, Object... arguments) {
        return new InvalidInputException(List.of(new InvalidInputException.FieldProblem(field, key, arguments)));
    }
}
