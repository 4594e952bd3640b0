package org.lodestar.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lodestar.engine.schedule.ConstraintType;
import org.lodestar.engine.schedule.LagCalendar;
import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.engine.schedule.LagUnit;
import org.lodestar.engine.schedule.WorkCalendar.WorkingTime;
import org.mpxj.Duration;
import org.mpxj.LocalDateTimeRange;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.mpx.MPXReader;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Reads any file MPXJ's {@link UniversalProjectReader} recognises (MPP of all versions, MSPDI, MPX, XER, PMXML,
 * Planner, GanttProject, ProjectLibre...) into an {@link ImportedProject}. MPXJ's XML readers refuse document type
 * declarations' external entities (see InterchangeReaderTests); the first project of a multi-project file is read.
 */
public final class ProjectFileReader {

    /** Days of the project's span read into calendars beyond its first and last saved date. */
    private static final int CALENDAR_MARGIN_BEFORE = 60;
    private static final int CALENDAR_MARGIN_AFTER = 730;

    /** Reads the file, or refuses it with a one-line reason. */
    public ImportedProject read(Path path) throws UnreadableProjectFileException {
        if (!Files.isRegularFile(path)) {
            throw new UnreadableProjectFileException("no such file: " + path);
        }
        try {
            if (Files.size(path) == 0) {
                throw new UnreadableProjectFileException("the file is empty (0 bytes)");
            }
        } catch (IOException e) {
            throw new UnreadableProjectFileException("cannot read the file: " + e.getMessage(), e);
        }
        return map(path.getFileName().toString(), readFile(path));
    }

    /** The file as MPXJ reads it, for callers in this module that compare with MPXJ's own schedulers. */
    static ProjectFile readFile(Path path) throws UnreadableProjectFileException {
        ProjectFile file;
        try {
            file = new UniversalProjectReader().read(path.toFile());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            ProjectFile localised = localisedMpx(path);
            if (localised != null) return localised;
            throw new UnreadableProjectFileException("corrupt or unreadable project file: " + firstLine(e), e);
        }
        if (file == null) {
            throw new UnreadableProjectFileException("not a project file in a format MPXJ reads");
        }
        return file;
    }

    /**
     * An MPX file written by a non-English Microsoft Project (its record separators and dates follow the locale): the
     * universal reader assumes English, so each locale MPXJ knows is tried; null when none reads it.
     */
    private static ProjectFile localisedMpx(Path path) {
        try (java.io.InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(3);
            if (!new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("MPX")) return null;
        } catch (IOException e) {
            return null;
        }
        for (java.util.Locale locale : MPXReader.getSupportedLocales()) {
            if (locale.getLanguage().equals("en")) continue;
            MPXReader reader = new MPXReader();
            reader.setLocale(locale);
            try (java.io.InputStream in = Files.newInputStream(path)) {
                ProjectFile file = reader.read(in);
                if (file != null) return file;
            } catch (Exception e) {
                // not this locale
            }
        }
        return null;
    }

    static ImportedProject map(String fileName, ProjectFile file) throws UnreadableProjectFileException {
        ProjectProperties properties = file.getProjectProperties();
        List<String> warnings = new ArrayList<>();
        String format = Objects.toString(properties.getFileType(), "unknown");
        String application = Objects.toString(properties.getFileApplication(), "");
        boolean primavera = format.equals("XER") || format.equals("PMXML") || application.contains("Primavera");

        // tasks in outline order, leaving out the project summary (ID 0), blank rows and external tasks
        List<Task> rows = new ArrayList<>();
        Map<Task, Integer> index = new IdentityHashMap<>();
        List<Integer> parents = new ArrayList<>();
        for (Task top : file.getChildTasks()) collect(top, -1, rows, index, parents, warnings);
        boolean[] summary = new boolean[rows.size()];
        for (int parent : parents) if (parent >= 0) summary[parent] = true;

        LocalDate first = null;
        LocalDate last = null;
        for (Task task : rows) {
            for (LocalDateTime date : new LocalDateTime[] {task.getStart(), task.getFinish(), task.getActualStart(),
                    task.getActualFinish(), task.getConstraintDate()}) {
                if (date == null) continue;
                if (first == null || date.toLocalDate().isBefore(first)) first = date.toLocalDate();
                if (last == null || date.toLocalDate().isAfter(last)) last = date.toLocalDate();
            }
        }
        LocalDateTime start = minute(properties.getStartDate());
        if (start == null && first != null) start = first.atStartOfDay();
        if (start == null) start = LocalDate.now().atStartOfDay();
        if (first == null || start.toLocalDate().isBefore(first)) first = start.toLocalDate();
        if (last == null) last = first;
        LocalDate from = clamp(first.minusDays(CALENDAR_MARGIN_BEFORE));
        LocalDate to = clamp(last.plusDays(CALENDAR_MARGIN_AFTER));

        ProjectCalendar projectCalendar = file.getDefaultCalendar();
        Map<ProjectCalendar, Integer> calendarIndex = new IdentityHashMap<>();
        List<ImportedProject.Calendar> calendars = new ArrayList<>();
        calendars.add(calendar(0, projectCalendar, properties, from, to, warnings));
        if (projectCalendar != null) calendarIndex.put(projectCalendar, 0);

        FileFields.Read fields = FileFields.read(file, rows);
        List<ImportedProject.Task> tasks = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            Task task = rows.get(row);
            int calendar = -1;
            ProjectCalendar own = task.getCalendar() != null ? task.getCalendar() : primavera ? task.getEffectiveCalendar() : null;
            if (own != null) {
                Integer known = calendarIndex.get(own);
                if (known == null) {
                    known = calendars.size();
                    calendars.add(calendar(known, own, properties, from, to, warnings));
                    calendarIndex.put(own, known);
                }
                calendar = known == 0 ? -1 : known;
            }
            Duration duration = task.getDuration();
            boolean elapsed = duration != null && duration.getUnits().isElapsed();
            int minutes = summary[row] || duration == null ? 0 : minutes(duration, properties, warnings, task);
            Duration remainingDuration = task.getRemainingDuration();
            int remaining = task.getActualStart() != null && task.getActualFinish() == null && remainingDuration != null
                    ? minutes(remainingDuration, properties, warnings, task) : -1;
            double percent = task.getPercentageComplete() == null ? 0 : task.getPercentageComplete().doubleValue();
            tasks.add(new ImportedProject.Task(row, task.getUniqueID(),
                    task.getActivityID() != null ? task.getActivityID() : Objects.toString(task.getID(), null),
                    Objects.toString(task.getName(), ""), task.getWBS(),
                    task.getOutlineLevel() == null ? 1 : task.getOutlineLevel(), parents.get(row), summary[row],
                    task.getMilestone(), minutes, elapsed, calendar, constraint(task), minute(task.getConstraintDate()),
                    minute(task.getDeadline()), minute(task.getStart()), minute(task.getFinish()),
                    minute(task.getActualStart()), minute(task.getActualFinish()), Math.max(0, Math.min(100, percent)),
                    remaining, baselines(task, properties, warnings),
                    task.getNotes() == null || task.getNotes().isBlank() ? null : task.getNotes(),
                    task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED,
                    summary[row] || elapsed ? List.of() : pauses(task, minutes, warnings),
                    levelingDelay(task.getLevelingDelay(), properties),
                    task.getActivityType() == null ? null : task.getActivityType().name(), fields.values().get(row)));
        }

        List<ImportedProject.Link> links = new ArrayList<>();
        Set<Long> pairs = new HashSet<>();
        for (int row = 0; row < rows.size(); row++) {
            for (Relation relation : rows.get(row).getPredecessors()) {
                Integer predecessor = index.get(relation.getPredecessorTask());
                if (predecessor == null) {
                    warnings.add("dependency of " + label(rows.get(row)) + " on a task not imported (external or the project summary) left out");
                    continue;
                }
                if (predecessor == row || !pairs.add(((long) predecessor << 32) | row)) {
                    warnings.add("repeated dependency of " + label(rows.get(row)) + " on " + label(rows.get(predecessor)) + " left out");
                    continue;
                }
                links.add(link(predecessor, row, relation, properties, warnings));
            }
        }

        List<ImportedProject.Resource> resources = new ArrayList<>();
        for (Resource resource : file.getResources()) {
            if (resource.getUniqueID() == null || resource.getUniqueID() == 0 && resource.getName() == null) continue;
            resources.add(new ImportedProject.Resource(resource.getUniqueID(), resource.getName(),
                    resource.getType() == null ? null : resource.getType().name()));
        }
        List<ImportedProject.Assignment> assignments = new ArrayList<>();
        for (ResourceAssignment assignment : file.getResourceAssignments()) {
            Integer task = index.get(assignment.getTask());
            if (task == null) continue;
            Duration work = assignment.getWork();
            assignments.add(new ImportedProject.Assignment(task, assignment.getResourceUniqueID(),
                    work == null ? 0 : (int) Math.round(work.convertUnits(TimeUnit.MINUTES, properties).getDuration()),
                    assignment.getUnits() == null ? 100 : assignment.getUnits().doubleValue()));
        }
        if (!resources.isEmpty()) {
            warnings.add(resources.size() + " resources and " + assignments.size()
                    + " assignments read but not scheduled: the engine schedules by task calendars and durations");
        }
        return new ImportedProject(fileName, format, application, primavera,
                properties.getSchedulingProgressedActivities() == org.mpxj.SchedulingProgressedActivities.PROGRESS_OVERRIDE,
                primavera ? lagCalendar(properties.getRelationshipLagCalendar()) : LagCalendar.SUCCESSOR, start, minute(properties.getFinishDate()),
                minute(properties.getStatusDate()),
                properties.getScheduleFrom() == org.mpxj.ScheduleFrom.FINISH && properties.getFinishDate() != null,
                0, calendars, tasks, links, resources, assignments, List.copyOf(new LinkedHashSet<>(warnings)),
                fields.fields());
    }

    private static void collect(Task task, int parent, List<Task> rows, Map<Task, Integer> index, List<Integer> parents,
                                List<String> warnings) {
        boolean projectSummary = task.getUniqueID() != null && task.getUniqueID() == 0
                && task.getID() != null && task.getID() == 0;
        if (task.getNull() || task.getExternalTask()) {
            warnings.add((task.getNull() ? "blank row " : "external task ") + label(task) + " left out");
            return;
        }
        int row = parent;
        if (!projectSummary) {
            row = rows.size();
            rows.add(task);
            index.put(task, row);
            parents.add(parent);
        }
        for (Task child : task.getChildTasks()) collect(child, row, rows, index, parents, warnings);
    }

    private static ImportedProject.Link link(int predecessor, int successor, Relation relation,
                                             ProjectProperties properties, List<String> warnings) {
        DependencyType type = switch (relation.getType()) {
            case START_START -> DependencyType.SS;
            case FINISH_FINISH -> DependencyType.FF;
            case START_FINISH -> DependencyType.SF;
            default -> DependencyType.FS;
        };
        Duration lag = relation.getLag();
        if (lag == null || lag.getDuration() == 0) return new ImportedProject.Link(predecessor, successor, type, 0, LagUnit.WORKING);
        TimeUnit units = lag.getUnits();
        if (units == TimeUnit.PERCENT || units == TimeUnit.ELAPSED_PERCENT) {
            if (units == TimeUnit.ELAPSED_PERCENT) {
                warnings.add("an elapsed percentage lag is taken as a working percentage (the engine has no elapsed percentage)");
            }
            return new ImportedProject.Link(predecessor, successor, type, (int) Math.round(lag.getDuration() * 100), LagUnit.PERCENT);
        }
        if (units.isElapsed()) {
            return new ImportedProject.Link(predecessor, successor, type, elapsedMinutes(lag), LagUnit.ELAPSED);
        }
        return new ImportedProject.Link(predecessor, successor, type,
                (int) Math.round(lag.convertUnits(TimeUnit.MINUTES, properties).getDuration()), LagUnit.WORKING);
    }

    /**
     * A leveling delay in working minutes. Project saves it in elapsed days by default; the engine delays by working
     * time, so an elapsed day counts a working day of the project (exact for whole days that start on a working day).
     */
    private static int levelingDelay(Duration delay, ProjectProperties properties) {
        if (delay == null || delay.getDuration() <= 0) return 0;
        if (delay.getUnits().isElapsed()) {
            double days = elapsedMinutes(delay) / 1440.0;
            Number perDay = properties.getMinutesPerDay();
            return (int) Math.round(days * (perDay == null || perDay.intValue() <= 0 ? 480 : perDay.intValue()));
        }
        return (int) Math.round(delay.convertUnits(TimeUnit.MINUTES, properties).getDuration());
    }

    /**
     * The baselines the file saved for the task: those with both a start and a finish, 0 (Project's "Baseline")
     * first. A baseline that starts when it finishes lasts nothing, whether or not the file wrote its duration
     * (MSPDI leaves a zero one out).
     */
    private static List<ImportedProject.Baseline> baselines(Task task, ProjectProperties properties, List<String> warnings) {
        List<ImportedProject.Baseline> baselines = new ArrayList<>();
        for (int number = 0; number <= 10; number++) {
            LocalDateTime start = minute(number == 0 ? task.getBaselineStart() : task.getBaselineStart(number));
            LocalDateTime finish = minute(number == 0 ? task.getBaselineFinish() : task.getBaselineFinish(number));
            if (start == null || finish == null) continue;
            Duration duration = number == 0 ? task.getBaselineDuration() : task.getBaselineDuration(number);
            int minutes = duration != null ? minutes(duration, properties, warnings, task) : start.equals(finish) ? 0 : -1;
            baselines.add(new ImportedProject.Baseline(number, start, finish, minutes));
        }
        return baselines;
    }

    /**
     * A split task's pauses. MPXJ gives the task's span as ranges, work and pause in turn; each pause is measured in
     * working time of the task's calendar, as is the work before it. Splits whose work does not add up to the
     * task's duration are left out with a warning.
     */
    private static List<ImportedProject.Pause> pauses(Task task, int duration, List<String> warnings) {
        List<LocalDateTimeRange> ranges = task.getSplits();
        ProjectCalendar calendar = task.getEffectiveCalendar();
        if (ranges == null || ranges.size() < 3 || calendar == null) return List.of();
        List<ImportedProject.Pause> pauses = new ArrayList<>();
        int work = 0;
        for (int i = 0; i < ranges.size(); i++) {
            LocalDateTimeRange range = ranges.get(i);
            int minutes = (int) Math.round(calendar.getWork(range.getStart(), range.getEnd(), TimeUnit.MINUTES)
                    .getDuration());
            if (i % 2 == 0) work += minutes;
            else if (minutes > 0) pauses.add(new ImportedProject.Pause(work, minutes));
        }
        if (work != duration || pauses.stream().anyMatch(pause -> pause.after() <= 0 || pause.after() >= duration)) {
            warnings.add("splits of " + label(task) + " (" + work + " working minutes of " + duration
                    + ") left out: the task is scheduled without its pauses");
            return List.of();
        }
        return pauses;
    }

    private static int minutes(Duration duration, ProjectProperties properties, List<String> warnings, Task task) {
        if (duration.getUnits().isElapsed()) return elapsedMinutes(duration);
        if (duration.getUnits() == TimeUnit.PERCENT) {
            warnings.add("duration of " + label(task) + " given as a percentage taken as zero");
            return 0;
        }
        double minutes = duration.convertUnits(TimeUnit.MINUTES, properties).getDuration();
        return (int) Math.max(0, Math.round(minutes));
    }

    private static int elapsedMinutes(Duration duration) {
        double factor = switch (duration.getUnits()) {
            case ELAPSED_HOURS -> 60;
            case ELAPSED_DAYS -> 1440;
            case ELAPSED_WEEKS -> 7 * 1440;
            case ELAPSED_MONTHS -> 30 * 1440;
            case ELAPSED_YEARS -> 365 * 1440;
            default -> 1;
        };
        return (int) Math.round(duration.getDuration() * factor);
    }

    /** P6's choice of lag calendar; its default, when the file says nothing, is the predecessor's. */
    private static LagCalendar lagCalendar(org.mpxj.RelationshipLagCalendar calendar) {
        if (calendar == null) return LagCalendar.PREDECESSOR;
        return switch (calendar) {
            case PREDECESSOR -> LagCalendar.PREDECESSOR;
            case SUCCESSOR -> LagCalendar.SUCCESSOR;
            case PROJECT_DEFAULT -> LagCalendar.PROJECT;
            case TWENTY_FOUR_HOUR -> LagCalendar.TWENTY_FOUR_HOURS;
        };
    }

    private static ConstraintType constraint(Task task) {
        if (task.getConstraintType() == null) return ConstraintType.AS_SOON_AS_POSSIBLE;
        ConstraintType type = switch (task.getConstraintType()) {
            case AS_LATE_AS_POSSIBLE -> ConstraintType.AS_LATE_AS_POSSIBLE;
            case MUST_START_ON -> ConstraintType.MUST_START_ON;
            case MUST_FINISH_ON -> ConstraintType.MUST_FINISH_ON;
            case START_ON -> ConstraintType.START_ON;
            case FINISH_ON -> ConstraintType.FINISH_ON;
            case START_NO_EARLIER_THAN -> ConstraintType.START_NO_EARLIER_THAN;
            case START_NO_LATER_THAN -> ConstraintType.START_NO_LATER_THAN;
            case FINISH_NO_EARLIER_THAN -> ConstraintType.FINISH_NO_EARLIER_THAN;
            case FINISH_NO_LATER_THAN -> ConstraintType.FINISH_NO_LATER_THAN;
            default -> ConstraintType.AS_SOON_AS_POSSIBLE;
        };
        boolean dated = type != ConstraintType.AS_SOON_AS_POSSIBLE && type != ConstraintType.AS_LATE_AS_POSSIBLE;
        return dated && task.getConstraintDate() == null ? ConstraintType.AS_SOON_AS_POSSIBLE : type;
    }

    /**
     * The calendar's week (its own or inherited hours) and, for every day from {@code from} to {@code to} that works
     * otherwise (exceptions, other work weeks, a base calendar's exceptions), an exception: the engine then needs no
     * notion of derived calendars or work weeks.
     */
    private static ImportedProject.Calendar calendar(int index, ProjectCalendar calendar, ProjectProperties properties,
                                                     LocalDate from, LocalDate to, List<String> warnings) {
        int perDay = positive(calendar == null ? null : calendar.getMinutesPerDay(), properties.getMinutesPerDay(), 480);
        int perWeek = positive(calendar == null ? null : calendar.getMinutesPerWeek(), properties.getMinutesPerWeek(), 5 * perDay);
        int perMonth = positive(calendar == null ? null : calendar.getDaysPerMonth(), properties.getDaysPerMonth(), 20);
        Map<DayOfWeek, List<WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
        List<ImportedProject.Exception> exceptions = new ArrayList<>();
        if (calendar == null) {
            for (DayOfWeek day : DayOfWeek.values()) {
                week.put(day, day.getValue() <= 5 ? List.of(WorkingTime.of("08:00", "12:00"), WorkingTime.of("13:00", "17:00")) : List.of());
            }
            warnings.add("no project calendar in the file: the standard calendar is used");
            return new ImportedProject.Calendar(index, null, "Standard", perDay, perWeek, perMonth, week, exceptions);
        }
        String name = Objects.toString(calendar.getName(), "Calendar " + calendar.getUniqueID());
        for (DayOfWeek day : DayOfWeek.values()) week.put(day, periods(calendar.getHours(day), name, warnings));
        LocalDate runFrom = null;
        List<WorkingTime> runPeriods = null;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<WorkingTime> periods = periods(calendar.getHours(day), name, warnings);
            boolean differs = !periods.equals(week.get(day.getDayOfWeek()));
            if (runPeriods != null && (!differs || !periods.equals(runPeriods))) {
                exceptions.add(new ImportedProject.Exception(runFrom, day.minusDays(1), runPeriods));
                runPeriods = null;
            }
            if (differs && runPeriods == null) {
                runFrom = day;
                runPeriods = periods;
            }
        }
        if (runPeriods != null) exceptions.add(new ImportedProject.Exception(runFrom, to, runPeriods));
        return new ImportedProject.Calendar(index, calendar.getUniqueID(), name, perDay, perWeek, perMonth, week, exceptions);
    }

    private static List<WorkingTime> periods(ProjectCalendarHours hours, String calendar, List<String> warnings) {
        if (hours == null) return List.of();
        List<WorkingTime> periods = new ArrayList<>();
        for (LocalTimeRange range : hours) {
            LocalTime start = range.getStart();
            LocalTime end = range.getEnd();
            if (start == null || end == null || start.equals(end) && !start.equals(LocalTime.MIDNIGHT)) continue;
            if (start.equals(LocalTime.MIDNIGHT) && end.equals(LocalTime.MIDNIGHT)) {
                periods.add(new WorkingTime(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
            } else if (!end.equals(LocalTime.MIDNIGHT) && end.isBefore(start)) {
                warnings.add("a working period crossing midnight in calendar " + calendar + " ends at midnight");
                periods.add(new WorkingTime(start, LocalTime.MIDNIGHT));
            } else {
                periods.add(new WorkingTime(start.truncatedTo(ChronoUnit.MINUTES), end.truncatedTo(ChronoUnit.MINUTES)));
            }
        }
        periods.sort((a, b) -> a.from().compareTo(b.from()));
        return List.copyOf(periods);
    }

    private static int positive(Integer own, Integer project, int fallback) {
        if (own != null && own > 0) return own;
        if (project != null && project > 0) return project;
        return fallback;
    }

    private static LocalDate clamp(LocalDate day) {
        if (day.getYear() < 1900) return LocalDate.of(1900, 1, 1);
        if (day.getYear() > 2199) return LocalDate.of(2199, 12, 31);
        return day;
    }

    static LocalDateTime minute(LocalDateTime dateTime) {
        return dateTime == null ? null : dateTime.truncatedTo(ChronoUnit.MINUTES);
    }

    private static String label(Task task) {
        return "'" + task.getName() + "' (unique id " + task.getUniqueID() + ")";
    }

    private static String firstLine(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && (cause.getMessage() == null || cause.getMessage().isBlank())) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
