package org.lodestar.interchange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.lodestar.engine.schedule.LagCalendar;
import java.util.Map;
import org.lodestar.engine.schedule.ConstraintType;
import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.engine.schedule.LagUnit;
import org.lodestar.engine.schedule.WorkCalendar.WorkingTime;

/**
 * A project file as read, independent of MPXJ: tasks in outline order (a task's {@code row} is its index here),
 * dependencies between rows, calendars, resources and assignments (kept for the resources module, not scheduled),
 * and the warnings about what the reading left out. Durations and working-time lags are minutes, dates are minutes
 * exact.
 *
 * @param format       the file format as MPXJ names it (MPP, MSPDI, MPX, XER, PMXML, Planner...)
 * @param primavera    saved by Primavera P6 (XER, PMXML): its dates follow P6's rules, not Microsoft Project's
 * @param progressOverride P6's "scheduling of progressed activities" is Progress Override: an activity in progress
 *                     no longer waits for its predecessors (else retained logic, P6's default)
 * @param lagCalendar  the calendar working lags are counted on (P6 chooses it per project; Project: the successor's)
 * @param finishFirst  scheduled backward from {@code finish}
 * @param fields       the custom fields the file's tasks hold values for (Project's Text1..., P6's user fields)
 */
public record ImportedProject(String fileName, String format, String application, boolean primavera,
                              boolean progressOverride, LagCalendar lagCalendar,
                              LocalDateTime start, LocalDateTime finish, LocalDateTime statusDate,
                              boolean finishFirst, int defaultCalendar, List<Calendar> calendars, List<Task> tasks,
                              List<Link> links, List<Resource> resources, List<Assignment> assignments,
                              List<String> warnings, List<Field> fields) {

    /** A file whose tasks hold no custom field values. */
    public ImportedProject(String fileName, String format, String application, boolean primavera,
                           boolean progressOverride, LagCalendar lagCalendar, LocalDateTime start,
                           LocalDateTime finish, LocalDateTime statusDate, boolean finishFirst, int defaultCalendar,
                           List<Calendar> calendars, List<Task> tasks, List<Link> links, List<Resource> resources,
                           List<Assignment> assignments, List<String> warnings) {
        this(fileName, format, application, primavera, progressOverride, lagCalendar, start, finish, statusDate,
                finishFirst, defaultCalendar, calendars, tasks, links, resources, assignments, warnings, List.of());
    }

    public ImportedProject {
        fields = List.copyOf(fields);
        calendars = List.copyOf(calendars);
        tasks = List.copyOf(tasks);
        links = List.copyOf(links);
        resources = List.copyOf(resources);
        assignments = List.copyOf(assignments);
        warnings = List.copyOf(warnings);
    }

    /**
     * A task as saved. {@code parent} and {@code calendar} are indices (-1: none, the project's calendar);
     * {@code summary} is true when other rows name it as parent. Saved {@code start}/{@code finish} are the dates
     * the scheduling tool wrote; {@code remaining} is -1 unless the task is in progress; {@code levelingDelay} is in
     * working minutes (a delay saved in elapsed days counts a working day for each); {@code baselines} are the
     * baselines the file saved for the task, by number (0: Project's "Baseline", P6's project baseline);
     * {@code fields} its values of the file's custom fields, as text by the field's {@link Field#id()}.
     */
    public record Task(int row, Integer sourceUniqueId, String sourceId, String name, String wbs, int outlineLevel,
                       int parent, boolean summary, boolean milestone, int duration, boolean elapsed, int calendar,
                       ConstraintType constraint, LocalDateTime constraintDate, LocalDateTime deadline,
                       LocalDateTime start, LocalDateTime finish, LocalDateTime actualStart,
                       LocalDateTime actualFinish, double percentComplete, int remaining,
                       List<Baseline> baselines, String notes,
                       boolean manual, List<Pause> pauses, int levelingDelay, String activityType,
                       Map<String, String> fields) {

        /** A task without custom field values. */
        public Task(int row, Integer sourceUniqueId, String sourceId, String name, String wbs, int outlineLevel,
                    int parent, boolean summary, boolean milestone, int duration, boolean elapsed, int calendar,
                    ConstraintType constraint, LocalDateTime constraintDate, LocalDateTime deadline,
                    LocalDateTime start, LocalDateTime finish, LocalDateTime actualStart,
                    LocalDateTime actualFinish, double percentComplete, int remaining,
                    List<Baseline> baselines, String notes,
                    boolean manual, List<Pause> pauses, int levelingDelay, String activityType) {
            this(row, sourceUniqueId, sourceId, name, wbs, outlineLevel, parent, summary, milestone, duration, elapsed,
                    calendar, constraint, constraintDate, deadline, start, finish, actualStart, actualFinish,
                    percentComplete, remaining, baselines, notes, manual, pauses, levelingDelay, activityType, Map.of());
        }

        public Task {
            baselines = List.copyOf(baselines);
            pauses = List.copyOf(pauses);
            fields = Map.copyOf(fields);
        }

        /** Split: its work stops and resumes ({@code pauses}, in the order they fall in the work). */
        public boolean split() {
            return !pauses.isEmpty();
        }

        public boolean hasSavedDates() {
            return start != null && finish != null;
        }

        /** Delayed by leveling: {@code levelingDelay} working minutes. */
        public boolean leveled() {
            return levelingDelay > 0;
        }
    }

    /**
     * A custom field of the file's tasks: {@code id} as the file names it ({@code TEXT1}, or a P6 user field's name),
     * {@code label} its alias (its name when it has none), {@code type} the file's kind of value (STRING, NUMERIC,
     * DATE, BOOLEAN, CURRENCY, DURATION...), {@code values} how many tasks hold a value.
     */
    public record Field(String id, String label, String type, int values) {
    }

    /** A pause of a split task: after {@code after} working minutes of its work, {@code minutes} of working time. */
    public record Pause(int after, int minutes) {
    }

    /** A task's values in baseline {@code number} (0 to 10); {@code duration} in working minutes, -1 when not saved. */
    public record Baseline(int number, LocalDateTime start, LocalDateTime finish, int duration) {
    }

    /** A dependency between rows; the lag is minutes, or hundredths of a percent for {@link LagUnit#PERCENT}. */
    public record Link(int predecessor, int successor, DependencyType type, int lag, LagUnit lagUnit) {
    }

    /**
     * A calendar as the engine takes it: its week, and every day of the project's span that works otherwise
     * (exceptions, other work weeks and days the base calendar changes, already resolved).
     */
    public record Calendar(int index, Integer sourceUniqueId, String name, int minutesPerDay, int minutesPerWeek,
                           int daysPerMonth, Map<DayOfWeek, List<WorkingTime>> week, List<Exception> exceptions) {
    }

    /** Days from {@code from} to {@code to} that work these periods (none: a holiday). */
    public record Exception(LocalDate from, LocalDate to, List<WorkingTime> periods) {
    }

    public record Resource(Integer sourceUniqueId, String name, String type) {
    }

    /** A resource on a task row: work in minutes and units in percent. */
    public record Assignment(int task, Integer resourceUniqueId, int work, double units) {
    }
}
