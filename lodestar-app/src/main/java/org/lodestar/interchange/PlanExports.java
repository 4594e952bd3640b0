package org.lodestar.interchange;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lodestar.engine.schedule.ConstraintType;
import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.engine.schedule.LagCalendar;
import org.lodestar.engine.schedule.LagUnit;
import org.lodestar.engine.schedule.ProgressedActivities;
import org.lodestar.engine.schedule.ScheduleMode;
import org.lodestar.engine.schedule.WorkCalendar.WorkingTime;
import org.lodestar.planning.Baselines;
import org.lodestar.planning.CalendarView;
import org.lodestar.planning.Calendars;
import org.lodestar.planning.PlanView;
import org.lodestar.planning.ProjectPlans;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.portfolio.CustomFieldView;
import org.lodestar.portfolio.CustomFields;
import org.lodestar.portfolio.ProjectId;
import org.springframework.stereotype.Service;

/**
 * Exports a Lodestar project's plan as a Microsoft Project or Primavera file: the plan as planning's API shows it
 * ({@link ProjectPlans#plan}, which refuses whoever may not read the plan) and its calendars ({@link Calendars}),
 * mapped onto the import model and written by {@link ProjectFileWriter}. Each task keeps its Lodestar id as its
 * unique id, and an activity id from its row (A000010, A000020 ...: Primavera orders activities by it).
 */
@Service
public class PlanExports {

    /** An exported file: its name (the project's code), content type and bytes. */
    public record ExportedFile(String fileName, String contentType, byte[] content) {
    }

    private static final Pattern LAG = Pattern.compile("^([+-]?)(\\d+(?:\\.\\d+)?)\\s*(e?)(m|h|d|w|mo|%)$");

    private final ProjectPlans plans;
    private final Baselines baselines;
    private final Calendars calendars;
    private final ProjectFileWriter writer = new ProjectFileWriter();
    private final CustomFields customFields;

    PlanExports(ProjectPlans plans, Baselines baselines, Calendars calendars, CustomFields customFields) {
        this.customFields = customFields;
        this.plans = plans;
        this.baselines = baselines;
        this.calendars = calendars;
    }

    /**
     * The project's plan in {@code format} (mspdi, pmxml or mpx). Whoever may not read the plan is refused (403)
     * before the format is looked at; an unknown format is 400 naming {@code format}.
     */
    public ExportedFile export(ProjectId id, String format) {
        PlanView plan = plans.plan(id);
        ExportFormat chosen = ExportFormat.named(format).orElseThrow(() -> new InvalidInputException(List.of(
                new InvalidInputException.FieldProblem("format", "interchange.validation.format", String.valueOf(format)))));
        Map<Long, CalendarView> read = new HashMap<>();
        ImportedProject project = project(plan, calendar -> read.computeIfAbsent(calendar, calendars::get),
                baselines.values(id), customFields.forTasks());
        return new ExportedFile(fileName(plan.code()) + "." + chosen.extension(), chosen.contentType(),
                writer.write(project, chosen));
    }

    /**
     * The plan as the import model: its calendars by id through {@code calendarById}, and each of its saved
     * baselines (by number, the values by task id) under the same number in the file.
     */
    static ImportedProject project(PlanView plan, LongFunction<CalendarView> calendarById,
                                   Map<Integer, Map<Long, Baselines.TaskValues>> baselines) {
        return project(plan, calendarById, baselines, List.of());
    }

    /** The same, with the values of the custom fields on tasks ({@code taskFields}) the plan's tasks hold. */
    static ImportedProject project(PlanView plan, LongFunction<CalendarView> calendarById,
                                   Map<Integer, Map<Long, Baselines.TaskValues>> baselines,
                                   List<CustomFieldView> taskFields) {
        List<ImportedProject.Field> fields = new ArrayList<>();
        Map<String, String> fieldIds = fieldIds(taskFields, plan.tasks(), fields);
        Map<Long, Integer> calendarIndex = new LinkedHashMap<>();
        List<ImportedProject.Calendar> calendars = new ArrayList<>();
        calendarIndex.put(plan.calendarId(), 0);
        calendars.add(calendar(0, calendarById.apply(plan.calendarId())));
        Map<Long, Integer> rows = new HashMap<>();
        for (int i = 0; i < plan.tasks().size(); i++) rows.put(plan.tasks().get(i).id(), i);

        List<ImportedProject.Task> tasks = new ArrayList<>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            PlanView.Task task = plan.tasks().get(i);
            int calendar = -1;
            if (task.calendarId() != null && task.calendarId() != plan.calendarId()) {
                Integer known = calendarIndex.get(task.calendarId());
                if (known == null) {
                    known = calendars.size();
                    calendarIndex.put(task.calendarId(), known);
                    calendars.add(calendar(known, calendarById.apply(task.calendarId())));
                }
                calendar = known;
            }
            LocalDateTime actualStart = dateTime(task.actualStart());
            LocalDateTime actualFinish = dateTime(task.actualFinish());
            int remaining = !task.summary() && actualStart != null && actualFinish == null
                    ? (int) Math.round(task.durationMinutes() * (100 - task.percentComplete()) / 100.0) : -1;
            String[] constraint = task.constraint() == null ? new String[0] : task.constraint().strip().split("\\s+");
            ConstraintType constraintType = constraint.length == 0 || constraint[0].isEmpty()
                    ? ConstraintType.AS_SOON_AS_POSSIBLE : constraintType(constraint[0]);
            tasks.add(new ImportedProject.Task(i, task.id() <= Integer.MAX_VALUE ? (int) task.id() : null,
                    String.format(Locale.ROOT, "A%06d", (i + 1) * 10), task.name(), task.wbs(), task.level(),
                    task.parentId() == null ? -1 : rows.get(task.parentId()), task.summary(), task.milestone(),
                    task.summary() ? 0 : task.durationMinutes(), task.elapsed(), calendar, constraintType,
                    constraint.length > 1 ? dateTime(constraint[1]) : null, dateTime(task.deadline()),
                    dateTime(task.start()), dateTime(task.finish()), actualStart, actualFinish,
                    task.percentComplete(), remaining, baselines(task.id(), baselines), task.notes(), false, List.of(),
                    levelingMinutes(task.levelingDelay(), plan.minutesPerDay()), null, fileValues(task, fieldIds)));
        }
        List<ImportedProject.Link> links = new ArrayList<>();
        for (PlanView.Link link : plan.links()) {
            Integer from = rows.get(link.from());
            Integer to = rows.get(link.to());
            if (from == null || to == null) continue;
            links.add(link(from, to, DependencyType.valueOf(link.type()), link.lag(), plan));
        }
        // the pool resources assigned to tasks, numbered from 1 in the order first assigned, with units and work
        Map<Long, Integer> resourceIds = new java.util.LinkedHashMap<>();
        List<ImportedProject.Resource> resources = new ArrayList<>();
        List<ImportedProject.Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            for (PlanView.Assignment assignment : plan.tasks().get(i).assignments()) {
                Integer uid = resourceIds.get(assignment.resource());
                if (uid == null) {
                    uid = resourceIds.size() + 1;
                    resourceIds.put(assignment.resource(), uid);
                    resources.add(new ImportedProject.Resource(uid, assignment.name(), "WORK"));
                }
                assignments.add(new ImportedProject.Assignment(i, uid, (int) Math.round(assignment.work() * 60),
                        assignment.units()));
            }
        }
        boolean p6 = ScheduleMode.PRIMAVERA_P6.name().equals(plan.schedulingRules());
        return new ImportedProject(fileName(plan.code()), "Lodestar", "Lodestar", p6,
                p6 && ProgressedActivities.PROGRESS_OVERRIDE.name().equals(plan.progressedActivities()),
                p6 ? LagCalendar.valueOf(plan.lagCalendar()) : LagCalendar.SUCCESSOR, dateTime(plan.start()),
                dateTime(plan.finish()), dateTime(plan.statusDate()), plan.scheduledBackward(), 0, calendars, tasks,
                links, resources, assignments, List.of(), fields);
    }

    /** How many numbered fields of each kind Microsoft Project has for tasks. */
    private static final Map<String, Integer> PROJECT_FIELDS = Map.of("TEXT", 30, "NUMBER", 20, "DATE", 10);

    /**
     * The Project field each task field held by some task goes to, by key, in the fields' order: text and choices
     * in Text1..30, numbers in Number1..20, dates in Date1..10 (a field beyond those is left out); {@code fields}
     * receives them with their labels.
     */
    static Map<String, String> fieldIds(List<CustomFieldView> taskFields, List<PlanView.Task> tasks,
                                        List<ImportedProject.Field> fields) {
        Map<String, Integer> used = new HashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (CustomFieldView field : taskFields) {
            int values = (int) tasks.stream().filter(task -> task.fields().containsKey(field.key())).count();
            if (values == 0) continue;
            String kind = switch (field.type()) {
                case NUMBER -> "NUMBER";
                case DATE -> "DATE";
                default -> "TEXT";
            };
            int number = used.merge(kind, 1, Integer::sum);
            if (number > PROJECT_FIELDS.get(kind)) continue;
            String id = kind + number;
            ids.put(field.key(), id);
            fields.add(new ImportedProject.Field(id, field.label(),
                    kind.equals("TEXT") ? "STRING" : kind.equals("NUMBER") ? "NUMERIC" : "DATE", values));
        }
        return ids;
    }

    private static Map<String, String> fileValues(PlanView.Task task, Map<String, String> fieldIds) {
        Map<String, String> values = new HashMap<>();
        task.fields().forEach((key, value) -> {
            String id = fieldIds.get(key);
            if (id != null) values.put(id, value);
        });
        return values;
    }

    private static List<ImportedProject.Baseline> baselines(long task,
                                                            Map<Integer, Map<Long, Baselines.TaskValues>> baselines) {
        List<ImportedProject.Baseline> values = new ArrayList<>();
        baselines.forEach((number, tasks) -> {
            Baselines.TaskValues saved = tasks.get(task);
            if (saved != null) values.add(new ImportedProject.Baseline(number, saved.start(), saved.finish(), saved.duration()));
        });
        values.sort(Comparator.comparingInt(ImportedProject.Baseline::number));
        return values;
    }

    /** A lag as the plan shows it ({@code +2d}, {@code -1ed}, {@code +50%}, {@code 0d}) in minutes or hundredths of a percent. */
    static ImportedProject.Link link(int from, int to, DependencyType type, String lag, PlanView plan) {
        Matcher matcher = lag == null ? null : LAG.matcher(lag.strip());
        if (matcher == null || !matcher.matches()) return new ImportedProject.Link(from, to, type, 0, LagUnit.WORKING);
        BigDecimal amount = new BigDecimal(matcher.group(2));
        if (matcher.group(1).equals("-")) amount = amount.negate();
        boolean elapsed = !matcher.group(3).isEmpty();
        String unit = matcher.group(4);
        if (unit.equals("%")) {
            return new ImportedProject.Link(from, to, type, amount.movePointRight(2).intValue(), LagUnit.PERCENT);
        }
        long perUnit = switch (unit) {
            case "m" -> 1;
            case "h" -> 60;
            case "d" -> elapsed ? 1440 : plan.minutesPerDay();
            case "w" -> elapsed ? 7 * 1440 : plan.minutesPerWeek();
            default -> elapsed ? 30 * 1440 : (long) plan.daysPerMonth() * plan.minutesPerDay();
        };
        int minutes = amount.multiply(BigDecimal.valueOf(perUnit)).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
        return new ImportedProject.Link(from, to, type, minutes, elapsed ? LagUnit.ELAPSED : LagUnit.WORKING);
    }

    private static ImportedProject.Calendar calendar(int index, CalendarView view) {
        Map<DayOfWeek, List<WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) week.put(day, List.of());
        for (CalendarView.Day day : view.week()) week.put(day.day(), periods(day.hours()));
        List<ImportedProject.Exception> exceptions = new ArrayList<>();
        for (CalendarView.Exception exception : view.exceptions()) {
            exceptions.add(new ImportedProject.Exception(exception.from(), exception.to(), periods(exception.hours())));
        }
        return new ImportedProject.Calendar(index, view.id() <= Integer.MAX_VALUE ? (int) view.id() : null, view.name(),
                view.minutesPerDay(), view.minutesPerWeek(), view.daysPerMonth(), week, exceptions);
    }

    private static List<WorkingTime> periods(List<CalendarView.Hours> hours) {
        return hours.stream().map(period -> WorkingTime.of(period.from(), period.to())).toList();
    }

    /** The plan's leveling delay, shown in days ({@code 3d}, at most two decimals), in working minutes. */
    static int levelingMinutes(String days, int minutesPerDay) {
        if (days == null || days.isBlank()) return 0;
        String amount = days.strip().replaceAll("[^0-9.]", "");
        return amount.isEmpty() ? 0 : new java.math.BigDecimal(amount).multiply(java.math.BigDecimal.valueOf(minutesPerDay))
                .setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
    }

    private static ConstraintType constraintType(String abbreviation) {
        return switch (abbreviation.toUpperCase(Locale.ROOT)) {
            case "ALAP" -> ConstraintType.AS_LATE_AS_POSSIBLE;
            case "SNET" -> ConstraintType.START_NO_EARLIER_THAN;
            case "SNLT" -> ConstraintType.START_NO_LATER_THAN;
            case "FNET" -> ConstraintType.FINISH_NO_EARLIER_THAN;
            case "FNLT" -> ConstraintType.FINISH_NO_LATER_THAN;
            case "MSO" -> ConstraintType.MUST_START_ON;
            case "MFO" -> ConstraintType.MUST_FINISH_ON;
            case "SO" -> ConstraintType.START_ON;
            case "FO" -> ConstraintType.FINISH_ON;
            default -> ConstraintType.AS_SOON_AS_POSSIBLE;
        };
    }

    /** {@code yyyy-MM-ddTHH:mm}, or a date alone at its start (as planning reads a typed date). */
    private static LocalDateTime dateTime(String text) {
        if (text == null || text.isBlank()) return null;
        return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text).withSecond(0);
    }

    private static String fileName(String code) {
        String safe = code == null ? "" : code.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() ? "plan" : safe;
    }
}
