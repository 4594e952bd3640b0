package org.lodestar.timesheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lodestar.platform.InvalidInputException;

/**
 * The rules of a week's hours, before anything is looked up: seven days a line at most, no negative hours, at most
 * two decimals, at most 24 hours a day summed over the day's lines (the cell that goes over is named), one line per
 * task. Each problem names its field as the client sent it: {@code lines[2].hours[3]}.
 */
final class TimesheetRules {

    static final int DAYS = 7;
    static final BigDecimal DAY_LIMIT = BigDecimal.valueOf(24);

    private TimesheetRules() {
    }

    /** The line's seven days of hours, a missing or null day as zero. */
    static List<BigDecimal> week(List<BigDecimal> hours) {
        List<BigDecimal> week = new ArrayList<>(Collections.nCopies(DAYS, BigDecimal.ZERO));
        if (hours == null) return week;
        for (int day = 0; day < Math.min(DAYS, hours.size()); day++) {
            if (hours.get(day) != null) week.set(day, hours.get(day));
        }
        return week;
    }

    /** The totals of each day over the lines. */
    static List<BigDecimal> dayTotals(List<List<BigDecimal>> lines) {
        List<BigDecimal> totals = new ArrayList<>(Collections.nCopies(DAYS, BigDecimal.ZERO));
        for (List<BigDecimal> line : lines) {
            for (int day = 0; day < DAYS; day++) totals.set(day, totals.get(day).add(line.get(day)));
        }
        return totals;
    }

    static BigDecimal sum(List<BigDecimal> hours) {
        return hours.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Collects the problems of the command's hours and lines into {@code problems}. */
    static void check(TimesheetCommand command, InvalidInputException.Collector problems) {
        List<TimesheetCommand.Line> lines = command.lines();
        BigDecimal[] running = new BigDecimal[DAYS];
        java.util.Arrays.fill(running, BigDecimal.ZERO);
        Set<String> tasks = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            TimesheetCommand.Line line = lines.get(i);
            String prefix = "lines[" + i + "]";
            if (line == null) {
                problems.add(prefix, "validation.required");
                continue;
            }
            if (line.projectId() == null) problems.add(prefix + ".projectId", "validation.required");
            if (line.taskId() == null) problems.add(prefix + ".taskId", "validation.required");
            else if (!tasks.add(line.projectId() + ":" + line.taskId())) {
                problems.add(prefix + ".taskId", "timesheet.validation.duplicate", line.taskId());
            }
            if (line.hours() != null && line.hours().size() > DAYS) {
                problems.add(prefix + ".hours", "timesheet.validation.days", DAYS);
                continue;
            }
            List<BigDecimal> week = week(line.hours());
            for (int day = 0; day < DAYS; day++) {
                BigDecimal hours = week.get(day);
                String cell = prefix + ".hours[" + day + "]";
                if (hours.signum() < 0) {
                    problems.add(cell, "timesheet.validation.negative", hours.toPlainString());
                    continue;
                }
                if (hours.stripTrailingZeros().scale() > 2) {
                    problems.add(cell, "timesheet.validation.decimals", hours.toPlainString());
                    continue;
                }
                BigDecimal before = running[day];
                running[day] = before.add(hours);
                // the cell that takes the day over 24 hours is the one named
                if (before.compareTo(DAY_LIMIT) <= 0 && running[day].compareTo(DAY_LIMIT) > 0) {
                    problems.add(cell, "timesheet.validation.dayTotal", running[day].stripTrailingZeros()
                            .toPlainString(), DAY_LIMIT);
                }
            }
        }
    }
}
