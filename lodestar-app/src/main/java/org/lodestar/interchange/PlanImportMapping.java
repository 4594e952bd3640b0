package org.lodestar.interchange;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestar.engine.schedule.ConstraintType;
import org.lodestar.engine.schedule.LagUnit;
import org.lodestar.engine.schedule.WorkCalendar.WorkingTime;
import org.lodestar.planning.CalendarCommand;
import org.lodestar.planning.CalendarView;
import org.lodestar.planning.PlanCommand;
import org.lodestar.planning.TaskCommand;
import org.lodestar.planning.PlanView;

/**
 * Turns an imported project into the planning module's whole-plan command, matched against the plan as stored: a
 * stored task whose source unique id is the file task's is that task, changed in place (it keeps its id, history
 * and baseline values); a file task without a match is new; stored tasks the file does not have are deleted, or,
 * when the user keeps them, appended after the file's tasks with their own fields and dependencies. What the plan
 * cannot hold is reported as a warning (a message key and its arguments).
 */
final class PlanImportMapping {

    /** Something the import could not carry over, as a message key with its arguments. */
    record Warning(String key, List<Object> arguments) {
        Warning(String key, Object... arguments) {
            this(key, List.of(arguments));
        }
    }

    static final int MAX_EXCEPTIONS = 1000;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ImportedProject file;
    private final int minutesPerDay;
    private final Map<String, String> fieldMap;
    private final List<Warning> warnings = new ArrayList<>();

    /** {@code minutesPerDay}: the plan calendar's, which a duration in days is counted in. */
    PlanImportMapping(ImportedProject file, int minutesPerDay) {
        this(file, minutesPerDay, Map.of());
    }

    /** {@code fieldMap}: the Lodestar task field each custom field of the file chosen goes to, by file field id. */
    PlanImportMapping(ImportedProject file, int minutesPerDay, Map<String, String> fieldMap) {
        this.file = file;
        this.minutesPerDay = minutesPerDay;
        this.fieldMap = fieldMap;
    }

    List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    /** The source recorded on each imported task: the file's name, and the project's within a multi-project file. */
    static String source(String fileName, String projectName, boolean several) {
        String source = several ? fileName + " / " + projectName : fileName;
        source = source.replaceAll("\\p{Cntrl}", " ").strip();
        return source.length() > 255 ? source.substring(0, 255) : source;
    }

    /**
     * A file task's notes as plain text the plan takes: line ends made {@code \n}, other control characters (some
     * tools keep RTF leftovers) made spaces; blank is none. Not cut here: the caller counts what it cuts.
     */
    static String notes(String notes) {
        if (notes == null) return null;
        String text = notes.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", " ").stripTrailing();
        return text.isBlank() ? null : text;
    }

    /** The name a baseline of the file is stored under: its number and the file it came from, 120 characters at most. */
    static String baselineName(int number, String source) {
        String name = "Baseline " + number + " of " + source;
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    /**
     * The whole plan: the file's tasks matched to {@code stored} by source unique id, then (unless
     * {@code deleteRemoved}) the stored tasks the file does not have. {@code calendars} gives the Lodestar calendar
     * of each file calendar (by index); the file's default calendar is the plan's, so tasks on it name none.
     */
    PlanCommand command(List<PlanView.Task> stored, List<PlanView.Link> storedLinks, Map<Integer, Long> calendars,
                        long planCalendar, String source, boolean deleteRemoved, Long version) {
        Map<Long, PlanView.Task> bySource = new HashMap<>();
        for (PlanView.Task task : stored) if (task.sourceUid() != null) bySource.putIfAbsent(task.sourceUid(), task);
        Map<Integer, List<String>> resources = resourceNames();
        List<PlanCommand.Task> tasks = new ArrayList<>();
        Set<Long> matched = new HashSet<>();
        Map<Long, String> keyOfStored = new HashMap<>();
        int milestonesWithDuration = 0;
        int notesCut = 0;
        for (ImportedProject.Task task : file.tasks()) {
            Long uid = task.sourceUniqueId() == null ? null : task.sourceUniqueId().longValue();
            PlanView.Task match = uid == null ? null : bySource.get(uid);
            if (match != null && !matched.add(match.id())) match = null;
            String key = key(task.row());
            if (match != null) keyOfStored.put(match.id(), key);
            if (task.milestone() && task.duration() != 0 && !task.summary()) milestonesWithDuration++;
            String notes = notes(task.notes());
            if (notes != null && notes.length() > TaskCommand.MAX_NOTES) {
                notes = notes.substring(0, TaskCommand.MAX_NOTES);
                notesCut++;
            }
            Long calendar = task.calendar() < 0 ? null : calendars.get(task.calendar());
            tasks.add(new PlanCommand.Task(match == null ? null : match.id(), key,
                    task.parent() < 0 ? null : key(task.parent()), name(task), task.summary() ? null : duration(task),
                    constraint(task), text(task.deadline()),
                    task.summary() ? null : percent(task.percentComplete()), text(task.actualStart()),
                    text(task.actualFinish()), resources(resources.get(task.row())),
                    calendar == null || calendar == planCalendar ? null : calendar.toString(), uid, source,
                    notes == null ? "" : notes, task.summary() || task.elapsed() ? "" : splits(task), fields(task)));
        }
        List<PlanCommand.Dependency> dependencies = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (ImportedProject.Link link : file.links()) {
            ImportedProject.Task predecessor = file.tasks().get(link.predecessor());
            ImportedProject.Task successor = file.tasks().get(link.successor());
            if (link.predecessor() == link.successor() || contains(predecessor, successor) || contains(successor, predecessor)) {
                warnings.add(new Warning("interchange.import.warning.outlineLink", predecessor.name(), successor.name()));
                continue;
            }
            if (!pairs.add(link.predecessor() + ">" + link.successor())) {
                warnings.add(new Warning("interchange.import.warning.duplicateLink", predecessor.name(), successor.name()));
                continue;
            }
            dependencies.add(new PlanCommand.Dependency(key(link.predecessor()), key(link.successor()),
                    link.type().name(), lag(link)));
        }
        if (!deleteRemoved) keepRemoved(stored, storedLinks, matched, keyOfStored, tasks, dependencies, pairs);
        if (milestonesWithDuration > 0) warnings.add(new Warning("interchange.import.warning.milestones", milestonesWithDuration));
        if (notesCut > 0) warnings.add(new Warning("interchange.import.warning.notesCut", notesCut, TaskCommand.MAX_NOTES));
        if (!file.resources().isEmpty() || !file.assignments().isEmpty()) {
            warnings.add(new Warning("interchange.import.warning.resources", file.resources().size(),
                    file.assignments().size()));
        }
        LocalDateTime start = file.finishFirst() ? null : file.start();
        LocalDateTime finish = file.finishFirst() ? file.finish() : null;
        return new PlanCommand(text(start), text(finish), text(file.statusDate()), null, tasks, dependencies, version);
    }

    /**
     * The task's values of the fields mapped: the file's, or blank (none) where the task has none, so that a
     * re-import clears a value the file no longer holds. Null when no field is mapped: the tasks keep theirs.
     */
    private Map<String, String> fields(ImportedProject.Task task) {
        if (fieldMap.isEmpty()) return null;
        Map<String, String> values = new LinkedHashMap<>();
        fieldMap.forEach((fileField, key) -> values.put(key, task.fields().getOrDefault(fileField, "")));
        return values;
    }

    /** Stored tasks the file has not, kept: after the file's tasks, under their summary when it is kept too. */
    private static void keepRemoved(List<PlanView.Task> stored, List<PlanView.Link> storedLinks, Set<Long> matched,
                                    Map<Long, String> keyOfStored, List<PlanCommand.Task> tasks,
                                    List<PlanCommand.Dependency> dependencies, Set<String> pairs) {
        Set<Long> kept = new HashSet<>();
        for (PlanView.Task task : stored) {
            if (matched.contains(task.id())) continue;
            kept.add(task.id());
            String key = "k" + task.id();
            keyOfStored.put(task.id(), key);
            boolean parentKept = task.parentId() != null && kept.contains(task.parentId());
            tasks.add(new PlanCommand.Task(task.id(), key, parentKept ? "k" + task.parentId() : null, task.name(),
                    task.summary() ? null : task.durationMinutes() + (task.elapsed() ? "em" : "m"),
                    blankToNull(task.constraint()), task.deadline(), task.summary() ? null
                    : Integer.toString(task.percentComplete()), task.actualStart(), task.actualFinish(),
                    blankToNull(task.resources()), task.calendarId() == null ? null : task.calendarId().toString()));
        }
        Map<Long, PlanView.Task> byId = new HashMap<>();
        stored.forEach(task -> byId.put(task.id(), task));
        for (PlanView.Link link : storedLinks) {
            if (!kept.contains(link.from()) && !kept.contains(link.to())) continue;
            String from = keyOfStored.get(link.from());
            String to = keyOfStored.get(link.to());
            if (from == null || to == null || !pairs.add(from + ">" + to)) continue;
            if (related(byId, link.from(), link.to(), kept)) continue;
            dependencies.add(new PlanCommand.Dependency(from, to, link.type(), link.lag()));
        }
    }

    /** Whether one task is the other's summary in the new outline (kept tasks keep their kept summaries only). */
    private static boolean related(Map<Long, PlanView.Task> byId, long a, long b, Set<Long> kept) {
        return ancestor(byId, a, b, kept) || ancestor(byId, b, a, kept);
    }

    private static boolean ancestor(Map<Long, PlanView.Task> byId, long ancestor, long task, Set<Long> kept) {
        if (!kept.contains(task) || !kept.contains(ancestor)) return false;
        for (Long parent = byId.get(task).parentId(); parent != null && kept.contains(parent); parent = byId.get(parent).parentId()) {
            if (parent == ancestor) return true;
        }
        return false;
    }

    private boolean contains(ImportedProject.Task summary, ImportedProject.Task task) {
        for (int parent = task.parent(); parent >= 0; parent = file.tasks().get(parent).parent()) {
            if (parent == summary.row()) return true;
        }
        return false;
    }

    private static String key(int row) {
        return "t" + row;
    }

    /** A task's name: one line of at most 255 characters; a nameless task is named by its row. */
    private String name(ImportedProject.Task task) {
        String name = task.name() == null ? "" : task.name().replaceAll("\\p{Cntrl}", " ").strip();
        if (name.isEmpty()) {
            warnings.add(new Warning("interchange.import.warning.unnamed", task.row() + 1));
            return "#" + (task.row() + 1);
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    /** Minutes as days of the plan calendar when whole, else hours or minutes; elapsed days are 24 hours. */
    String duration(ImportedProject.Task task) {
        return amount(task.duration(), task.elapsed());
    }

    /** A split task's pauses as planning reads them, {@code 4d+1d, 7d+2d}; empty for a task not split. */
    String splits(ImportedProject.Task task) {
        return String.join(", ", task.pauses().stream()
                .map(pause -> amount(pause.after(), false) + "+" + amount(pause.minutes(), false)).toList());
    }

    private String amount(int minutes, boolean elapsed) {
        int day = elapsed ? 1440 : minutesPerDay;
        String e = elapsed ? "e" : "";
        if (minutes % day == 0) return minutes / day + e + "d";
        if (minutes % 60 == 0) return minutes / 60 + e + "h";
        return minutes + e + "m";
    }

    String lag(ImportedProject.Link link) {
        int lag = link.lag();
        String sign = lag < 0 ? "-" : "";
        if (link.lagUnit() == LagUnit.PERCENT) {
            return sign + BigDecimal.valueOf(Math.abs((long) lag), 2).stripTrailingZeros().toPlainString() + "%";
        }
        return sign + amount(Math.abs(lag), link.lagUnit() == LagUnit.ELAPSED);
    }

    private static String constraint(ImportedProject.Task task) {
        ConstraintType type = task.constraint();
        if (type == null || type == ConstraintType.AS_SOON_AS_POSSIBLE) return "";
        if (type == ConstraintType.AS_LATE_AS_POSSIBLE) return type.name();
        if (task.constraintDate() == null) return "";
        return type.name() + " " + text(task.constraintDate());
    }

    private static String percent(double percent) {
        return Long.toString(Math.round(Math.max(0, Math.min(100, percent))));
    }

    private Map<Integer, List<String>> resourceNames() {
        Map<Integer, String> names = new HashMap<>();
        for (ImportedProject.Resource resource : file.resources()) {
            if (resource.sourceUniqueId() != null && resource.name() != null && !resource.name().isBlank()) {
                names.put(resource.sourceUniqueId(), resource.name().replaceAll("[\\p{Cntrl},]", " ").strip());
            }
        }
        Map<Integer, List<String>> byTask = new HashMap<>();
        for (ImportedProject.Assignment assignment : file.assignments()) {
            String name = names.get(assignment.resourceUniqueId());
            if (name != null) byTask.computeIfAbsent(assignment.task(), row -> new ArrayList<>()).add(name);
        }
        return byTask;
    }

    /** The names of a task's resources as planning's text column holds them (400 characters at most). */
    private static String resources(List<String> names) {
        if (names == null) return null;
        StringBuilder text = new StringBuilder();
        for (String name : new LinkedHashSet<>(names)) {
            String next = text.isEmpty() ? name : ", " + name;
            if (text.length() + next.length() > 400) break;
            text.append(next);
        }
        return text.isEmpty() ? null : text.toString();
    }

    /** A file calendar as planning's calendar command: its week, and its exceptions merged into runs of days. */
    CalendarCommand calendar(ImportedProject.Calendar calendar, long projectId, String name, Long version) {
        List<CalendarView.Day> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new CalendarView.Day(day, hours(calendar.week().getOrDefault(day, List.of()))));
        }
        List<CalendarView.Exception> exceptions = new ArrayList<>();
        for (ImportedProject.Exception exception : calendar.exceptions()) {
            List<CalendarView.Hours> hours = hours(exception.periods());
            CalendarView.Exception last = exceptions.isEmpty() ? null : exceptions.get(exceptions.size() - 1);
            if (last != null && last.hours().equals(hours) && !exception.from().isAfter(last.to().plusDays(1))) {
                exceptions.set(exceptions.size() - 1, new CalendarView.Exception(last.name(), last.from(),
                        exception.to().isAfter(last.to()) ? exception.to() : last.to(), hours));
            } else {
                exceptions.add(new CalendarView.Exception("", exception.from(), exception.to(), hours));
            }
        }
        if (exceptions.size() > MAX_EXCEPTIONS) {
            warnings.add(new Warning("interchange.import.warning.exceptions", name, exceptions.size(), MAX_EXCEPTIONS));
            exceptions = new ArrayList<>(exceptions.subList(0, MAX_EXCEPTIONS));
        }
        return new CalendarCommand(name, projectId, clamp(calendar.minutesPerDay(), 1, 1440),
                clamp(calendar.minutesPerWeek(), 1, 7 * 1440), clamp(calendar.daysPerMonth(), 1, 31), week,
                exceptions, version);
    }

    /** A calendar's name as planning takes it: one line of at most 120 characters. */
    static String calendarName(ImportedProject.Calendar calendar) {
        String name = calendar.name() == null ? "" : calendar.name().replaceAll("\\p{Cntrl}", " ").strip();
        if (name.isEmpty()) name = "#" + (calendar.index() + 1);
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    /** Whether the file calendar has any working time in its week (planning refuses one that has none). */
    static boolean works(ImportedProject.Calendar calendar) {
        return calendar.week().values().stream().anyMatch(periods -> !periods.isEmpty());
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private static List<CalendarView.Hours> hours(List<WorkingTime> periods) {
        List<CalendarView.Hours> hours = new ArrayList<>();
        for (WorkingTime period : periods) {
            hours.add(new CalendarView.Hours(time(period.from(), false), time(period.to(), true)));
        }
        return hours;
    }

    private static String time(LocalTime time, boolean end) {
        if (end && time.equals(LocalTime.MIDNIGHT)) return "24:00";
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    private static String text(LocalDateTime time) {
        return time == null ? null : time.format(MINUTE);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
