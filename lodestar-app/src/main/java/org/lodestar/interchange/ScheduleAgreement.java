package org.lodestar.interchange;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lodestar.engine.schedule.ConstraintType;
import org.lodestar.engine.schedule.CyclicDependencyException;
import org.lodestar.engine.schedule.LagUnit;
import org.lodestar.engine.schedule.Plan;
import org.lodestar.engine.schedule.Schedule;
import org.lodestar.engine.schedule.Scheduler;

/**
 * A project file rescheduled by Lodestar's engine from the file's own project start, status date and progress, and
 * compared with the dates it was saved with: a task matches when its computed start and finish both equal the saved
 * ones to the minute. Only non-summary tasks with saved dates count.
 */
public record ScheduleAgreement(ImportedProject project, List<Row> rows) {

    /** One counted task: saved and computed dates, and for a mismatch the first feature that explains it. */
    public record Row(ImportedProject.Task task, LocalDateTime savedStart, LocalDateTime savedFinish,
                      LocalDateTime computedStart, LocalDateTime computedFinish, String cause) {

        public boolean matches() {
            return savedStart.equals(computedStart) && savedFinish.equals(computedFinish);
        }

        /**
         * Whether the dates were saved without a time of day (MPX files keep days only) and the computed ones fall on
         * those days: the most such a file can say. Never counted as matching.
         */
        public boolean matchesByTheDay() {
            return DAYS_ONLY.equals(cause) && savedStart.toLocalDate().equals(computedStart.toLocalDate())
                    && savedFinish.toLocalDate().equals(computedFinish.toLocalDate());
        }
    }

    static final String DAYS_ONLY = "dates saved without a time of day";

    /** Reads and reschedules the file, or refuses it with a one-line reason. */
    public static ScheduleAgreement of(Path path) throws UnreadableProjectFileException {
        return of(new ProjectFileReader().read(path));
    }

    public static ScheduleAgreement of(ImportedProject project) throws UnreadableProjectFileException {
        Schedule schedule;
        try {
            Plan plan = EngineInput.plan(project);
            schedule = Scheduler.schedule(plan);
        } catch (CyclicDependencyException cycle) {
            throw new UnreadableProjectFileException("the dependencies form a cycle: " + cycle.getMessage(), cycle);
        } catch (IllegalArgumentException refused) {
            throw new UnreadableProjectFileException("the engine cannot schedule the file: " + refused.getMessage(), refused);
        }
        boolean[] incoming = new boolean[project.tasks().size()];
        boolean[] elapsedLag = new boolean[project.tasks().size()];
        for (ImportedProject.Link link : project.links()) {
            incoming[link.successor()] = true;
            if (link.lagUnit() == LagUnit.ELAPSED) elapsedLag[link.successor()] = true;
        }
        boolean[] assigned = new boolean[project.tasks().size()];
        for (ImportedProject.Assignment assignment : project.assignments()) assigned[assignment.task()] = true;
        List<Row> rows = new ArrayList<>();
        for (ImportedProject.Task task : project.tasks()) {
            if (task.summary() || !task.hasSavedDates()) continue;
            int i = task.row();
            LocalDateTime start = schedule.startDate(i);
            LocalDateTime finish = schedule.finishDate(i);
            boolean match = task.start().equals(start) && task.finish().equals(finish);
            rows.add(new Row(task, task.start(), task.finish(), start, finish,
                    match ? null : cause(project, task, start, elapsedLag[i], assigned[i])));
        }
        return new ScheduleAgreement(project, Collections.unmodifiableList(rows));
    }

    /**
     * The first feature of a mismatching task that the engine or the mapping does not follow yet. It names where to
     * look, not a proof: a task may differ for a reason further down the list, or because a predecessor differs.
     */
    static String cause(ImportedProject project, ImportedProject.Task task, LocalDateTime computedStart,
                        boolean elapsedLag, boolean assigned) {
        if (task.start().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                && task.finish().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return DAYS_ONLY;
        }
        if (project.primavera()) {
            if (task.actualStart() != null && task.actualFinish() == null) {
                if (task.actualStart().equals(task.start()) && !task.start().equals(computedStart)) {
                    return "P6: actual start outside working time";
                }
                if (task.remaining() == 0) return "P6: no remaining duration, finish at its start";
                return "P6: remaining duration from the data date";
            }
            return "P6 rules the engine's P6 mode does not follow yet";
        }
        if (task.manual()) return "manually scheduled task";
        if (task.split()) return "split task";
        if (task.leveled()) return "leveling delay";
        if (task.actualStart() != null && task.actualFinish() == null) return "in progress";
        if (task.constraint() != ConstraintType.AS_SOON_AS_POSSIBLE) return "constraint " + task.constraint().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (task.elapsed() || elapsedLag) return "elapsed duration or lag";
        if (task.actualFinish() != null) return "complete task";
        if (assigned) return "resource-driven (calendars, work)";
        if (task.start().equals(task.finish()) != (task.duration() == 0)) return "saved dates not its duration";
        return "follows a mismatching predecessor or the project start";
    }

    public int tasks() {
        return rows.size();
    }

    public int matching() {
        return (int) rows.stream().filter(Row::matches).count();
    }

    /** Tasks saved without a time of day whose computed dates fall on the saved days ({@link Row#matchesByTheDay}). */
    public int matchingByTheDay() {
        return (int) rows.stream().filter(Row::matchesByTheDay).count();
    }

    /** Mismatching tasks by cause, most frequent first. */
    public Map<String, Integer> causes() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Row row : rows) if (!row.matches()) counts.merge(row.cause(), 1, Integer::sum);
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** {@code tasks: M, matching: N (P%)}, the percentage with one decimal (0.0% for no tasks). */
    public String summaryLine() {
        return summaryLine(tasks(), matching());
    }

    public static String summaryLine(int tasks, int matching) {
        return String.format(Locale.ROOT, "tasks: %d, matching: %d (%s%%)", tasks, matching, percent(matching, tasks));
    }

    static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%.1f", whole == 0 ? 0.0 : 100.0 * part / whole);
    }
}
