package org.lodestar.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * A split task's pauses, as Microsoft Project keeps them: after so much of the task's work, the work stops for so
 * much of its calendar's working time. Typed and shown as {@code 2d+1d, 7d+2d} (after 2 days of work a pause of 1
 * day; after 7 days another of 2); stored as minutes, {@code 960+480,3360+960}.
 */
final class TaskSplits {

    /** The most pauses a task keeps: their stored text stays within its column. */
    static final int MAX_PAUSES = 100;

    private TaskSplits() {
    }

    /** The stored form of typed pauses; null for blank text (no split). Each must fall within the task's work. */
    static String parse(String text, int duration, TimeUnits units) {
        if (text == null || text.isBlank()) return null;
        String[] typed = text.split(",", MAX_PAUSES + 2);
        if (typed.length > MAX_PAUSES) throw DurationText.problem("splits", "planning.validation.tooMany", MAX_PAUSES);
        List<String> pauses = new ArrayList<>();
        int previous = 0;
        for (String pause : typed) {
            String[] parts = pause.split("\\+");
            if (parts.length != 2) throw DurationText.problem("splits", "planning.validation.splits", text);
            DurationText.Duration after = DurationText.parse(parts[0], units, "splits");
            DurationText.Duration length = DurationText.parse(parts[1], units, "splits");
            if (after.elapsed() || length.elapsed() || after.minutes() <= previous || after.minutes() >= duration
                    || length.minutes() <= 0) {
                throw DurationText.problem("splits", "planning.validation.splits", text);
            }
            pauses.add(after.minutes() + "+" + length.minutes());
            previous = after.minutes();
        }
        return String.join(",", pauses);
    }

    /** The stored pauses as pairs {after, length, after, length, ...} of working minutes; empty for none. */
    static int[] minutes(String stored) {
        if (stored == null || stored.isEmpty()) return new int[0];
        String[] pauses = stored.split(",");
        int[] minutes = new int[2 * pauses.length];
        for (int i = 0; i < pauses.length; i++) {
            int plus = pauses[i].indexOf('+');
            minutes[2 * i] = Integer.parseInt(pauses[i].substring(0, plus));
            minutes[2 * i + 1] = Integer.parseInt(pauses[i].substring(plus + 1));
        }
        return minutes;
    }

    /** The stored pauses as typed: each amount in days, else hours, else minutes, the first that reads back exactly. */
    static String format(String stored, TimeUnits units) {
        int[] minutes = minutes(stored);
        List<String> pauses = new ArrayList<>();
        for (int i = 0; i < minutes.length; i += 2) {
            pauses.add(text(minutes[i], units) + "+" + text(minutes[i + 1], units));
        }
        return String.join(", ", pauses);
    }

    /** Minutes in days, or hours, or minutes: the first unit whose two decimals read back exactly. */
    private static String text(int minutes, TimeUnits units) {
        String unit = 100L * minutes % units.minutesIn("d", false) == 0 ? "d" : 100L * minutes % 60 == 0 ? "h" : "m";
        return DurationText.format(minutes, false, unit, units);
    }
}
