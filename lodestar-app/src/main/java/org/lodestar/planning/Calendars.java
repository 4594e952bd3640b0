package org.lodestar.planning;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lodestar.engine.schedule.WorkCalendar;
import org.lodestar.planning.internal.CalendarStore;
import org.lodestar.planning.internal.PlanForecastStore;
import org.lodestar.planning.internal.CalendarStore.Row;
import org.lodestar.planning.internal.CalendarStore.Span;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working-time calendars. Everyone signed in reads the organisation's calendars and the PMO changes them; a
 * project's calendars are read by the project's readers and changed by its editors.
 */
@Service
public class Calendars {

    static final String AUDIT_TYPE = "calendar";
    private static final Pattern TIME = Pattern.compile("^(\\d{1,2}):(\\d{2})$");

    private final CalendarStore store;
    private final ProjectAccess access;
    private final AuditTrail audit;
    private final PlanForecasts forecasts;
    private final PlanForecastStore forecastStore;

    Calendars(CalendarStore store, ProjectAccess access, AuditTrail audit, PlanForecasts forecasts,
              PlanForecastStore forecastStore) {
        this.forecasts = forecasts;
        this.forecastStore = forecastStore;
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    /** The organisation's calendars and, with a project, that project's own. */
    @Transactional(readOnly = true)
    public List<CalendarView> list(ProjectId project) {
        boolean projectEditable = project != null && access.readable(project).editable();
        return store.visible(project == null ? null : project.value()).stream()
                .map(row -> view(row, row.project() == null ? access.changesOrganisationCalendars() : projectEditable))
                .toList();
    }

    @Transactional(readOnly = true)
    public CalendarView get(long id) {
        Row row = load(id);
        return view(row, mayChange(row));
    }

    @Transactional
    public CalendarView create(CalendarCommand command) {
        if (command.projectId() == null) {
            access.requireOrganisationCalendars();
        } else {
            access.editable(new ProjectId(command.projectId()));
        }
        Row row = validate(command, null, command.projectId(), 0);
        long id = store.save(row);
        Row stored = load(id);
        audit.created(AUDIT_TYPE, id, stored.name(), snapshot(stored));
        return view(stored, true);
    }

    @Transactional
    public CalendarView change(long id, CalendarCommand command) {
        Row before = load(id);
        if (before.project() == null) access.requireOrganisationCalendars();
        else access.editable(new ProjectId(before.project()));
        StaleVersionException.check(command.version(), before.version(), "calendar " + before.name());
        Row changed = validate(command, id, before.project(), before.version());
        keepsPlansRepresentable(id, changed.minutesPerWeek());
        store.save(changed);
        Row after = load(id);
        audit.updated(AUDIT_TYPE, id, after.name(), snapshot(before), snapshot(after));
        // working time moved: the plans scheduled on it move with it, and so do their stored forecasts
        for (long project : forecastStore.plansOn(id)) forecasts.refresh(project, this);
        return view(after, true);
    }

    /**
     * Working time is laid out in calendar time by the working week (100 years at most, {@link DurationText}):
     * fewer working minutes a week would stretch the durations and lags already planned on this calendar past that,
     * and every later save of those plans would be refused. Such settings are refused now, naming a project the
     * reader may see.
     */
    private void keepsPlansRepresentable(long id, int minutesPerWeek) {
        store.longestWorkOn(id).ifPresent(longest -> {
            if (longest.minutes() * 7 * 1440 / minutesPerWeek > DurationText.MAX_MINUTES) {
                var problems = new InvalidInputException.Collector();
                problems.add("minutesPerWeek", "planning.validation.calendarStretches",
                        access.codeIfReadable(new ProjectId(longest.project())).orElse("…"));
                problems.throwIfAny();
            }
        });
    }

    /** The calendar as the engine works with it. */
    WorkCalendar engineCalendar(long id) {
        return toEngine(load(id));
    }

    /** The same for background work without a reader (a plan's forecast recorded again): no rights checked. */
    WorkCalendar engineCalendarAsDecided(long id) {
        return toEngine(store.find(id).orElseThrow(() -> new NotFoundException("calendar " + id)));
    }

    /**
     * Engine calendars by content: building one lays out every day from 1900 to 2199, so plans reuse it while the
     * stored calendar is the same. A changed calendar is a different key; the oldest entries make way.
     */
    private final Map<Row, WorkCalendar> built = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Row, WorkCalendar> eldest) {
                    return size() > 64;
                }
            });

    /** The calendar's unit conversions. */
    TimeUnits units(long id) {
        Row row = load(id);
        return new TimeUnits(row.minutesPerDay(), row.minutesPerWeek(), row.daysPerMonth());
    }

    /** Whether the plan of the project may use the calendar: an organisation one, or the project's own. */
    boolean usableBy(long id, long project) {
        Row row = store.find(id).orElse(null);
        return row != null && (row.project() == null || row.project() == project);
    }

    long defaultCalendar() {
        return store.defaultCalendar();
    }

    private WorkCalendar toEngine(Row row) {
        return built.computeIfAbsent(row, Calendars::build);
    }

    private static WorkCalendar build(Row row) {
        WorkCalendar.Builder builder = WorkCalendar.builder(row.name()).minutesPerDay(row.minutesPerDay())
                .minutesPerWeek(row.minutesPerWeek()).daysPerMonth(row.daysPerMonth());
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.workingTimes(day, workingTimes(row.week().getOrDefault(day, List.of())));
        }
        for (CalendarStore.Exception exception : row.exceptions()) {
            builder.exception(exception.firstDay(), exception.lastDay(), workingTimes(exception.spans()));
        }
        return builder.build();
    }

    private static WorkCalendar.WorkingTime[] workingTimes(List<Span> spans) {
        return spans.stream().map(span -> new WorkCalendar.WorkingTime(time(span.from()), time(span.to())))
                .toArray(WorkCalendar.WorkingTime[]::new);
    }

    private static LocalTime time(int minute) {
        return minute >= 1440 ? LocalTime.MIDNIGHT : LocalTime.of(minute / 60, minute % 60);
    }

    private Row load(long id) {
        Row row = store.find(id).orElseThrow(() -> new NotFoundException("calendar " + id));
        if (row.project() != null) access.readable(new ProjectId(row.project()));
        return row;
    }

    private boolean mayChange(Row row) {
        return row.project() == null ? access.changesOrganisationCalendars()
                : access.readable(new ProjectId(row.project())).editable();
    }

    private Row validate(CalendarCommand command, Long id, Long project, long version) {
        var problems = new InvalidInputException.Collector();
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty()) problems.add("name", "validation.required");
        else if (name.length() > 120 || name.chars().anyMatch(c -> c < 0x20)) problems.add("name", "planning.validation.name");
        int perDay = range(command.minutesPerDay(), 480, 1, 1440, "minutesPerDay", problems);
        int perWeek = range(command.minutesPerWeek(), 2400, 1, 7 * 1440, "minutesPerWeek", problems);
        int perMonth = range(command.daysPerMonth(), 20, 1, 31, "daysPerMonth", problems);
        Map<DayOfWeek, List<Span>> week = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) week.put(day, new ArrayList<>());
        List<CalendarView.Day> days = command.week() == null ? List.of() : command.week();
        for (int i = 0; i < days.size(); i++) {
            CalendarView.Day day = days.get(i);
            if (day == null || day.day() == null) {
                problems.add("week[" + i + "].day", "validation.required");
                continue;
            }
            week.put(day.day(), spans(day.hours(), "week[" + i + "].hours", problems));
        }
        // a week without working time leaves the engine no minute to schedule any plan on this calendar
        if (week.values().stream().allMatch(List::isEmpty)) problems.add("week", "planning.validation.noWorkingTime");
        List<CalendarStore.Exception> exceptions = new ArrayList<>();
        List<CalendarView.Exception> given = command.exceptions() == null ? List.of() : command.exceptions();
        if (given.size() > 1000) problems.add("exceptions", "planning.validation.tooMany", 1000);
        for (int i = 0; i < given.size() && i < 1000; i++) {
            CalendarView.Exception exception = given.get(i);
            String field = "exceptions[" + i + "]";
            if (exception == null || exception.from() == null || exception.to() == null) {
                problems.add(field + ".from", "validation.required");
                continue;
            }
            String label = exception.name() == null || exception.name().isBlank() ? "" : exception.name().strip();
            if (label.length() > 120 || label.chars().anyMatch(c -> c < 0x20)) problems.add(field + ".name", "planning.validation.name");
            if (exception.to().isBefore(exception.from())) problems.add(field + ".to", "planning.validation.exceptionRange");
            if (exception.from().isBefore(PlanTimes.FIRST) || exception.to().isAfter(PlanTimes.LAST)) {
                problems.add(field + ".from", "planning.validation.date", exception.from().toString());
            }
            exceptions.add(new CalendarStore.Exception(null, label, exception.from(), exception.to(),
                    spans(exception.hours(), field + ".hours", problems)));
        }
        problems.throwIfAny();
        return new Row(id, project, name, perDay, perWeek, perMonth, week, exceptions, version);
    }

    private static int range(Integer value, int fallback, int min, int max, String field,
                             InvalidInputException.Collector problems) {
        if (value == null) return fallback;
        if (value < min || value > max) problems.add(field, "planning.validation.range", min, max);
        return value;
    }

    /** Working periods in order, each from before to, none overlapping the one before. */
    private static List<Span> spans(List<CalendarView.Hours> hours, String field,
                                    InvalidInputException.Collector problems) {
        List<Span> spans = new ArrayList<>();
        if (hours == null) return spans;
        int previousEnd = -1;
        for (int i = 0; i < hours.size() && i < 24; i++) {
            CalendarView.Hours period = hours.get(i);
            Integer from = period == null ? null : minute(period.from());
            Integer to = period == null ? null : minute(period.to());
            if (from == null || to == null || from >= to || from < previousEnd) {
                problems.add(field + "[" + i + "]", "planning.validation.hours",
                        period == null ? "" : period.from() + "-" + period.to());
                continue;
            }
            previousEnd = to;
            spans.add(new Span(from, to));
        }
        return spans;
    }

    /** Minutes after midnight of {@code HH:mm} (00:00 to 24:00), or null for anything else. */
    static Integer minute(String text) {
        if (text == null) return null;
        Matcher matcher = TIME.matcher(text.strip());
        if (!matcher.matches()) return null;
        int hours = Integer.parseInt(matcher.group(1));
        int minutes = Integer.parseInt(matcher.group(2));
        if (minutes > 59 || hours > 24 || (hours == 24 && minutes > 0)) return null;
        return hours * 60 + minutes;
    }

    static String text(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    private static CalendarView view(Row row, boolean editable) {
        List<CalendarView.Day> week = new ArrayList<>();
        row.week().forEach((day, spans) -> {
            if (!spans.isEmpty()) week.add(new CalendarView.Day(day, hours(spans)));
        });
        List<CalendarView.Exception> exceptions = row.exceptions().stream()
                .map(exception -> new CalendarView.Exception(exception.name(), exception.firstDay(),
                        exception.lastDay(), hours(exception.spans())))
                .toList();
        return new CalendarView(row.id(), row.project(), row.name(), row.minutesPerDay(), row.minutesPerWeek(),
                row.daysPerMonth(), week, exceptions, row.version(), editable);
    }

    private static List<CalendarView.Hours> hours(List<Span> spans) {
        return spans.stream().map(span -> new CalendarView.Hours(text(span.from()), text(span.to()))).toList();
    }

    private static Map<String, String> snapshot(Row row) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", row.name());
        fields.put("minutesPerDay", Integer.toString(row.minutesPerDay()));
        fields.put("minutesPerWeek", Integer.toString(row.minutesPerWeek()));
        fields.put("daysPerMonth", Integer.toString(row.daysPerMonth()));
        row.week().forEach((day, spans) -> fields.put(day.name(), spans.isEmpty() ? null : String.join(", ",
                spans.stream().map(span -> text(span.from()) + "-" + text(span.to())).toList())));
        fields.put("exceptions", row.exceptions().isEmpty() ? null : String.join("; ", row.exceptions().stream()
                .map(exception -> exception.name() + " " + exception.firstDay() + ".." + exception.lastDay()
                        + (exception.spans().isEmpty() ? "" : " " + String.join(", ", exception.spans().stream()
                        .map(span -> text(span.from()) + "-" + text(span.to())).toList())))
                .toList()));
        return fields;
    }
}
