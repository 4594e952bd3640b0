package org.lodestar.interchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.engine.schedule.WorkCalendar.WorkingTime;

/**
 * What the round-trip and equivalence tests compare, as lines of text (so that a failure shows the differing rows):
 * each task, each link and each calendar's resolved working hours per day.
 */
final class InterchangeComparison {

    private InterchangeComparison() {
    }

    /** One line per task: outline (level, parent), name, kind, duration, calendar, constraint and every date. */
    static List<String> tasks(ImportedProject project) {
        List<String> lines = new ArrayList<>();
        for (ImportedProject.Task task : project.tasks()) {
            lines.add(task.row() + " level " + task.outlineLevel() + " parent " + task.parent() + " '" + task.name() + "'"
                    + (task.summary() ? " summary" : task.milestone() ? " milestone" : "")
                    + (task.summary() ? "" : " duration " + task.duration() + (task.elapsed() ? "e" : ""))
                    + " calendar " + task.calendar()
                    + " " + task.constraint() + " " + task.constraintDate() + " deadline " + task.deadline()
                    + " dates " + task.start() + ".." + task.finish()
                    + " actual " + task.actualStart() + ".." + task.actualFinish()
                    + " done " + Math.round(task.percentComplete()) + "%"
                    + " baselines " + task.baselines() + " notes " + task.notes());
        }
        return lines;
    }

    /** One line per link: rows, type and lag with its unit. */
    static List<String> links(ImportedProject project) {
        return project.links().stream()
                .map(link -> link.predecessor() + " -> " + link.successor() + " " + link.type() + " lag " + link.lag()
                        + " " + link.lagUnit())
                .sorted().toList();
    }

    /** Per calendar, the working periods of every day from {@code from} to {@code to} that differ from 08-12,13-17 Mon-Fri. */
    static List<String> calendars(ImportedProject project, LocalDate from, LocalDate to) {
        List<String> lines = new ArrayList<>();
        for (ImportedProject.Calendar calendar : project.calendars()) {
            lines.add("calendar " + calendar.index() + " '" + calendar.name() + "' " + calendar.minutesPerDay()
                    + " min/day " + calendar.minutesPerWeek() + " min/week");
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                lines.add(calendar.index() + " " + day + " " + hours(calendar, day));
            }
        }
        return lines;
    }

    /** The working periods of a day in the calendar: its exception's, else its weekday's. */
    static String hours(ImportedProject.Calendar calendar, LocalDate day) {
        List<WorkingTime> periods = calendar.week().getOrDefault(day.getDayOfWeek(), List.of());
        for (ImportedProject.Exception exception : calendar.exceptions()) {
            if (!day.isBefore(exception.from()) && !day.isAfter(exception.to())) periods = exception.periods();
        }
        StringBuilder text = new StringBuilder();
        for (WorkingTime period : periods) text.append(period.from()).append('-').append(period.to()).append(' ');
        return text.isEmpty() ? "off" : text.toString().strip();
    }

    /** The first and last day of the file's dates (the span its schedule covers). */
    static LocalDate[] span(ImportedProject project) {
        LocalDate first = project.start().toLocalDate();
        LocalDate last = first;
        for (ImportedProject.Task task : project.tasks()) {
            for (LocalDateTime date : new LocalDateTime[] {task.start(), task.finish(), task.actualStart(),
                    task.actualFinish(), task.constraintDate()}) {
                if (date == null) continue;
                if (date.toLocalDate().isBefore(first)) first = date.toLocalDate();
                if (date.toLocalDate().isAfter(last)) last = date.toLocalDate();
            }
        }
        return new LocalDate[] {first, last};
    }
}
