package org.lodestar.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.engine.schedule.LagUnit;

/**
 * Predecessors as typed in Microsoft Project's Predecessors column: row numbers separated by commas or semicolons,
 * each with an optional type (FS when absent) and lag or lead: {@code 3FS+2d, 5SS, 7FF-1d, 2SF+50%, 4}. Lags are
 * durations ({@link DurationText}, {@code e} for elapsed time) or a percentage of the predecessor's duration.
 */
final class PredecessorText {

    private static final String FIELD = "predecessors";
    private static final Pattern ENTRY = Pattern.compile(
            "^(\\d{1,7})\\s*(fs|ss|ff|sf)?\\s*(?:([+-])\\s*(.+))?$");
    private static final Pattern PERCENT = Pattern.compile("^(\\d+(?:[.,]\\d+)?)\\s*%$");

    private PredecessorText() {
    }

    /** One predecessor: the row it refers to, the link type and the lag; {@code text} is the entry as typed. */
    record Entry(int row, DependencyType type, Lag lag, String text) {
    }

    /**
     * A lag or lead: minutes of working or elapsed time, or hundredths of a percent of the predecessor's duration
     * ({@link LagUnit#PERCENT}); {@code format} is the unit it is shown in (m, h, d, w, mo or %).
     */
    record Lag(int value, LagUnit unit, String format) {
        static final Lag NONE = new Lag(0, LagUnit.WORKING, "d");
    }

    /** The entries of the text in order; blank text means no predecessors. */
    static List<Entry> parse(String text, TimeUnits units) {
        List<Entry> entries = new ArrayList<>();
        if (text == null || text.isBlank()) return entries;
        for (String part : text.split("[,;]")) {
            String typed = part.strip();
            if (typed.isEmpty()) continue;
            Matcher matcher = ENTRY.matcher(typed.toLowerCase(Locale.ROOT));
            if (!matcher.matches()) throw DurationText.problem(FIELD, "planning.validation.predecessor", typed);
            DependencyType type = matcher.group(2) == null ? DependencyType.FS
                    : DependencyType.valueOf(matcher.group(2).toUpperCase(Locale.ROOT));
            Lag lag = matcher.group(3) == null ? Lag.NONE
                    : lag(matcher.group(3).equals("-"), matcher.group(4).strip(), units, typed);
            entries.add(new Entry(Integer.parseInt(matcher.group(1)), type, lag, typed));
        }
        return entries;
    }

    /** A lag as typed after its sign ({@code 2d}, {@code 50%}, {@code 3ed}); {@code lead} makes it negative. */
    static Lag lag(boolean lead, String typed, TimeUnits units, String entry) {
        Matcher percent = PERCENT.matcher(typed);
        if (percent.matches()) {
            BigDecimal hundredths = new BigDecimal(percent.group(1).replace(',', '.')).movePointRight(2)
                    .setScale(0, RoundingMode.HALF_UP);
            if (hundredths.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                throw DurationText.problem(FIELD, "planning.validation.predecessor", entry);
            }
            return new Lag(lead ? -hundredths.intValue() : hundredths.intValue(), LagUnit.PERCENT, "%");
        }
        DurationText.Duration duration;
        try {
            duration = DurationText.parse(typed, units, FIELD);
        } catch (org.lodestar.platform.InvalidInputException notADuration) {
            throw DurationText.problem(FIELD, "planning.validation.predecessor", entry);
        }
        int minutes = lead ? -duration.minutes() : duration.minutes();
        return new Lag(minutes, duration.elapsed() ? LagUnit.ELAPSED : LagUnit.WORKING, duration.unit());
    }

    /** One predecessor as Microsoft Project shows it: {@code 3}, {@code 5SS}, {@code 3FS+2d}, {@code 2SF-50%}. */
    static String format(int row, DependencyType type, Lag lag, TimeUnits units) {
        StringBuilder text = new StringBuilder().append(row);
        if (type != DependencyType.FS || lag.value() != 0) text.append(type.name());
        if (lag.value() != 0) text.append(lag.value() < 0 ? '-' : '+').append(lagText(lag, units).substring(1));
        return text.toString();
    }

    /** A lag with its sign: {@code +2d}, {@code -1ed}, {@code +50%}, {@code 0d} for none. */
    static String lagText(Lag lag, TimeUnits units) {
        if (lag.value() == 0) return "0" + (lag.unit() == LagUnit.PERCENT ? "%" : lag.format());
        String sign = lag.value() < 0 ? "-" : "+";
        int size = Math.abs(lag.value());
        if (lag.unit() == LagUnit.PERCENT) return sign + DurationText.amount(size, 100) + "%";
        return sign + DurationText.format(size, lag.unit() == LagUnit.ELAPSED, lag.format(), units);
    }
}
