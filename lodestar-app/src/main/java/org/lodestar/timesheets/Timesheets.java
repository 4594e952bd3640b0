package org.lodestar.timesheets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.lodestar.planning.ActualWork;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.AuditedChanges;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.Reference;
import org.lodestar.platform.SpreadsheetCsv;
import org.lodestar.timesheets.internal.ClosedPeriods;
import org.lodestar.timesheets.internal.ProjectApproval;
import org.lodestar.timesheets.internal.Timesheet;
import org.lodestar.timesheets.internal.TimesheetLine;
import org.lodestar.timesheets.internal.TimesheetRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly timesheets. A person writes the hours of a week (drafts may be saved as often as wanted) on the tasks of
 * the active projects they work on, and submits the sheet. Each project's approvers ({@link TimesheetRights})
 * approve that project's hours on it, which locks those lines and records them as actual work on the tasks
 * (planning's {@link ActualWork}, in the same transaction); whoever may approve every project not approved yet
 * approves the rest at once; the sheet is APPROVED when every project on it is. An approver of a project not
 * approved yet may return the sheet with a reason, after which its person rewrites the other lines and submits it
 * again. A month the PMO closed refuses every act on a sheet with hours in it (409). Every act
 * is audited in its transaction, from the version read.
 */
@Service
public class Timesheets {

    static final String AUDIT_TYPE = "timesheet";
    static final String PERIOD_AUDIT_TYPE = "timesheet-period";

    /** A task of a project the person works on, as the weekly grid offers it. */
    public record TimesheetTask(long projectId, String projectCode, String projectName, long taskId, String wbs,
                                String name) {
    }

    /** The person's week: the sheet (not stored yet when its id is null) and the tasks they may log hours on. */
    public record Week(TimesheetView sheet, List<TimesheetTask> tasks, LocalDate previous, LocalDate next) {
    }

    private final TimesheetRecords records;
    private final ClosedPeriods periods;
    private final TimesheetRights rights;
    private final ActualWork actualWork;
    private final ProjectRegistry projects;
    private final People people;
    private final CurrentUser currentUser;
    private final AuditedChanges changes;
    private final AuditTrail audit;
    private final Clock clock;
    private final AuditedChanges.Kind<Timesheet> kind;

    Timesheets(TimesheetRecords records, ClosedPeriods periods, TimesheetRights rights, ActualWork actualWork,
               ProjectRegistry projects, People people, CurrentUser currentUser, AuditedChanges changes,
               AuditTrail audit, Clock clock) {
        this.records = records;
        this.periods = periods;
        this.rights = rights;
        this.actualWork = actualWork;
        this.projects = projects;
        this.people = people;
        this.currentUser = currentUser;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
        this.kind = new AuditedChanges.Kind<>(AUDIT_TYPE, records::findById, records::save, Timesheet::id,
                Timesheet::version, sheet -> "week of " + sheet.weekStart(), Timesheets::snapshot);
    }

    /** The Monday of the week the day falls in. */
    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The signed-in person's week holding {@code day} (this week when null), with the tasks they may log on. */
    @Transactional(readOnly = true)
    public Week week(LocalDate day) {
        Actor actor = rights.requireKeeper();
        LocalDate start = monday(day == null ? LocalDate.now(clock) : day);
        List<TimesheetTask> tasks = new ArrayList<>();
        for (ProjectRow project : rights.workedOn()) {
            for (ActualWork.LoggableTask task : actualWork.loggable(project.id())) {
                if (task.percentComplete() >= 100) continue;  // complete tasks take no more hours in the grid
                tasks.add(new TimesheetTask(project.id(), project.code(), project.name(), task.taskId(), task.wbs(),
                        task.name()));
            }
        }
        TimesheetView sheet = records.findByPersonAndWeekStart(actor.id().value(), start)
                .map(found -> view(found, actor, new Names()))
                .orElseGet(() -> empty(actor, start));
        return new Week(sheet, List.copyOf(tasks), start.minusWeeks(1), start.plusWeeks(1));
    }

    @Transactional(readOnly = true)
    public TimesheetView get(long id) {
        Timesheet sheet = changes.load(kind, id);
        Actor actor = requireRead(sheet);
        return view(sheet, actor, new Names());
    }

    /**
     * Refuses (403) whoever may not take the act on the sheet; asked before the body is read. {@code project} is the
     * project of a one-project approval (null for the other acts).
     */
    @Transactional(readOnly = true)
    public void authorise(long id, String act, Long project) {
        Timesheet sheet = changes.load(kind, id);
        switch (act) {
            case "submit" -> rights.requireOwn(sheet.person());
            case "return" -> rights.requireApproveAny(sheet.person(), deciding(sheet));
            case "approveProject" -> rights.requireApprove(sheet.person(), List.of(project));
            default -> rights.requireApprove(sheet.person(), deciding(sheet));
        }
    }

    /**
     * Writes the signed-in person's sheet of the command's week (creating it at the first write): 400 naming the
     * field for bad hours, projects and tasks, 409 for a stale version, a sheet no longer a draft or returned, or a
     * closed month.
     */
    @Transactional
    public TimesheetView save(TimesheetCommand command) {
        Actor actor = rights.requireKeeper();
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (command.weekStart() == null) problems.add("weekStart", "validation.required");
        else if (command.weekStart().getDayOfWeek() != DayOfWeek.MONDAY) {
            problems.add("weekStart", "timesheet.validation.monday", command.weekStart());
        }
        TimesheetRules.check(command, problems);
        Set<Long> workedOn = rights.workedOn().stream().map(ProjectRow::id).collect(Collectors.toSet());
        Map<Long, Set<Long>> loggable = new HashMap<>();
        for (int i = 0; i < command.lines().size(); i++) {
            TimesheetCommand.Line line = command.lines().get(i);
            if (line == null || line.projectId() == null) continue;
            if (!workedOn.contains(line.projectId())) {
                problems.add("lines[" + i + "].projectId", "timesheet.validation.project", line.projectId());
            } else if (line.taskId() != null && !loggable.computeIfAbsent(line.projectId(),
                    project -> actualWork.loggable(project).stream().map(ActualWork.LoggableTask::taskId)
                            .collect(Collectors.toSet())).contains(line.taskId())) {
                problems.add("lines[" + i + "].taskId", "timesheet.validation.task", line.taskId());
            }
        }
        problems.throwIfAny();
        List<TimesheetLine> lines = command.lines().stream()
                .map(line -> TimesheetLine.of(line.projectId(), line.taskId(), TimesheetRules.week(line.hours())))
                .toList();
        Instant now = Instant.now(clock);
        var existing = records.findByPersonAndWeekStart(actor.id().value(), command.weekStart());
        Timesheet saved;
        if (existing.isPresent()) {
            Timesheet sheet = existing.get();
            AuditedChanges.Change<Timesheet> change = changes.change(kind, sheet, command.version());
            requireOpen(sheet.weekStart(), sheet.lines());
            requireOpen(sheet.weekStart(), lines);
            saved = change.apply(s -> s.write(lines, now));
        } else {
            requireOpen(command.weekStart(), lines);
            Timesheet sheet = Timesheet.open(actor.id().value(), command.weekStart(), now);
            sheet.write(lines, now);
            saved = changes.create(kind, sheet);
        }
        return view(saved, actor, new Names());
    }

    @Transactional
    public TimesheetView submit(long id, Long version) {
        Timesheet sheet = changes.load(kind, id);
        Actor actor = rights.requireOwn(sheet.person());
        AuditedChanges.Change<Timesheet> change = changes.change(kind, sheet, version);
        requireOpen(sheet.weekStart(), sheet.lines());
        return view(change.apply(s -> s.submit(Instant.now(clock))), actor, new Names());
    }

    /**
     * Approves every project of a submitted sheet not approved yet (the reader must may approve them all): it locks,
     * and its hours become actual work on the tasks (see {@link ActualWork}).
     */
    @Transactional
    public TimesheetView approve(long id, TimesheetDecision decision) {
        Timesheet sheet = changes.load(kind, id);
        List<Long> pending = sheet.pendingProjects();
        Actor actor = rights.requireApprove(sheet.person(), pending.isEmpty() ? sheet.projects() : pending);
        AuditedChanges.Change<Timesheet> change = changes.change(kind, sheet, decision.version());
        requireOpen(sheet.weekStart(), sheet.lines());
        Timesheet approved = change.apply(s -> s.approve(currentUser.auditName(), Instant.now(clock)));
        for (long project : pending) recordActualWork(approved, project);
        return view(approved, actor, new Names());
    }

    /**
     * Approves one project's hours of a submitted sheet (that project's approvers): those lines lock and become
     * actual work on the tasks; the sheet is approved when no project is left. A project the sheet has no hours on is
     * 400 naming {@code projectId}; one approved already, 409.
     */
    @Transactional
    public TimesheetView approveProject(long id, long project, TimesheetDecision decision) {
        Timesheet sheet = changes.load(kind, id);
        Actor actor = rights.requireApprove(sheet.person(), List.of(project));
        if (!sheet.projects().contains(project)) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("projectId",
                    "timesheet.validation.projectNotOnSheet", project)));
        }
        AuditedChanges.Change<Timesheet> change = changes.change(kind, sheet, decision.version());
        requireOpen(sheet.weekStart(), sheet.lines());
        Timesheet approved = change.apply(s -> s.approveProject(project, currentUser.auditName(), Instant.now(clock)));
        recordActualWork(approved, project);
        return view(approved, actor, new Names());
    }

    /**
     * The projects a decision on the whole sheet is about: those not approved yet, or all of them once none is left
     * (so that a decision on an approved sheet is refused for its state, 409, rather than for want of rights).
     */
    private static List<Long> deciding(Timesheet sheet) {
        List<Long> pending = sheet.pendingProjects();
        return pending.isEmpty() ? sheet.projects() : pending;
    }

    private void recordActualWork(Timesheet sheet, long project) {
        Set<Long> tasks = sheet.lines().stream().filter(line -> line.project() == project)
                .map(TimesheetLine::task).collect(Collectors.toCollection(LinkedHashSet::new));
        actualWork.record(project, actuals(project, tasks));
    }

    /**
     * Returns a submitted sheet to its person with the reason (required: 400 naming {@code reason}), by an approver
     * of a project on it not approved yet; the projects approved stay approved and locked.
     */
    @Transactional
    public TimesheetView giveBack(long id, TimesheetDecision decision) {
        Timesheet sheet = changes.load(kind, id);
        Actor actor = rights.requireApproveAny(sheet.person(), deciding(sheet));
        AuditedChanges.Change<Timesheet> change = changes.change(kind, sheet, decision.version());
        String reason = decision.reason() == null ? "" : decision.reason().strip();
        if (reason.isEmpty() || reason.length() > 2000) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("reason",
                    reason.isEmpty() ? "validation.required" : "timesheet.validation.reason")));
        }
        requireOpen(sheet.weekStart(), sheet.lines());
        return view(change.apply(s -> s.giveBack(reason, currentUser.auditName(), Instant.now(clock))), actor,
                new Names());
    }

    /** The submitted sheets the reader may approve, oldest week first. */
    @Transactional(readOnly = true)
    public List<TimesheetView> queue() {
        Actor actor = rights.requireKeeper();
        Names names = new Names();
        return records.findByStateOrderByWeekStartAscIdAsc(TimesheetState.SUBMITTED.name()).stream()
                .filter(sheet -> rights.mayApproveAny(actor, sheet.person(), sheet.pendingProjects()))
                .map(sheet -> view(sheet, actor, names))
                .toList();
    }

    /** The months the PMO closed, newest first. */
    @Transactional(readOnly = true)
    public List<PeriodView> closedPeriods() {
        rights.requireKeeper();
        return periods.all();
    }

    /** Closes a month (PMO, administrators): every sheet with hours in it refuses changes from now on. */
    @Transactional
    public List<PeriodView> closePeriod(YearMonth month) {
        rights.requireClosePeriods();
        if (month == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("month",
                    "validation.required")));
        }
        if (periods.close(month, currentUser.auditName(), Instant.now(clock))) {
            audit.created(PERIOD_AUDIT_TYPE, month.getYear() * 100L + month.getMonthValue(), "closed " + month,
                    Map.of("month", month.toString()));
        }
        return periods.all();
    }

    /**
     * The approved hours of a month (optionally one project) on the projects whose sheets the reader may approve,
     * one row per person, task and day, by day.
     */
    @Transactional(readOnly = true)
    public List<ApprovedHours> approvedHours(YearMonth month, Long project) {
        Actor actor = rights.requireKeeper();
        if (month == null) month = YearMonth.now(clock);   // by default this month
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Names names = new Names();
        Map<Long, Boolean> allowed = new HashMap<>();
        List<ApprovedHours> rows = new ArrayList<>();
        for (Timesheet sheet : records.findByWeekStartBetweenOrderByWeekStartAscIdAsc(first.minusDays(6), last)) {
            for (var entry : sheet.approvedEntries()) {
                if (entry.day().isBefore(first) || entry.day().isAfter(last)) continue;
                if (project != null && entry.project() != project) continue;
                if (!allowed.computeIfAbsent(entry.project(), p -> rights.mayApprove(actor, p))) continue;
                rows.add(new ApprovedHours(entry.day(), names.projectCode(entry.project()), entry.project(),
                        entry.task(), names.task(entry.project(), entry.task()), names.person(sheet.person()).name(),
                        entry.hours(), sheet.id(), sheet.person()));
            }
        }
        rows.sort(Comparator.comparing(ApprovedHours::day).thenComparing(ApprovedHours::projectCode)
                .thenComparing(ApprovedHours::person).thenComparing(ApprovedHours::taskId));
        return rows;
    }

    /** The same rows as CSV (safe to open in a spreadsheet). */
    @Transactional(readOnly = true)
    public String approvedHoursCsv(YearMonth month, Long project) {
        List<List<String>> rows = approvedHours(month, project).stream().map(row -> List.of(row.day().toString(),
                row.projectCode(), String.valueOf(row.taskId()), row.taskName(), row.person(),
                row.hours().stripTrailingZeros().toPlainString(), String.valueOf(row.timesheet()))).toList();
        return SpreadsheetCsv.document(List.of("day", "project", "task_id", "task", "person", "hours", "timesheet"), rows);
    }

    /** The approved actual work so far on these tasks of the project, over every sheet's approved hours. */
    private List<ActualWork.TaskActuals> actuals(long project, Set<Long> tasks) {
        Map<Long, LocalDate> first = new TreeMap<>();
        Map<Long, BigDecimal> hours = new TreeMap<>();
        for (Timesheet sheet : records.findApprovedFor(project)) {
            for (var entry : sheet.approvedEntries()) {
                if (entry.project() != project || !tasks.contains(entry.task())) continue;
                first.merge(entry.task(), entry.day(), (a, b) -> a.isBefore(b) ? a : b);
                hours.merge(entry.task(), entry.hours(), BigDecimal::add);
            }
        }
        return hours.entrySet().stream().map(total -> new ActualWork.TaskActuals(total.getKey(),
                first.get(total.getKey()), total.getValue().multiply(BigDecimal.valueOf(60)).longValue())).toList();
    }

    /** Refuses (409) a change to a sheet with hours in a month the PMO closed. */
    private void requireOpen(LocalDate weekStart, List<TimesheetLine> lines) {
        for (int day = 0; day < TimesheetRules.DAYS; day++) {
            final int d = day;
            boolean worked = lines.stream().anyMatch(line -> line.hours().get(d).signum() > 0);
            YearMonth month = YearMonth.from(weekStart.plusDays(day));
            if (worked && periods.isClosed(month)) {
                throw new ConflictException("timesheet.period.closed", new Object[] {month.toString()},
                        Map.of("month", month.toString()), "the month " + month + " is closed to timesheets");
            }
        }
    }

    private boolean closed(Timesheet sheet) {
        try {
            requireOpen(sheet.weekStart(), sheet.lines());
            return false;
        } catch (ConflictException closed) {
            return true;
        }
    }

    private Actor requireRead(Timesheet sheet) {
        Actor actor = rights.requireKeeper();
        if (actor.id().value() != sheet.person()) rights.requireApproveAny(sheet.person(), sheet.projects());
        return actor;
    }

    private TimesheetView empty(Actor actor, LocalDate start) {
        List<BigDecimal> zeros = TimesheetRules.week(null);
        boolean open = !requireOpenQuietly(start);
        return new TimesheetView(null, new Reference(actor.id().value(), actor.username(), actor.displayName()),
                start, days(start), TimesheetState.DRAFT, List.of(), zeros, BigDecimal.ZERO, null, null, null, null,
                open, false, false, !open, 0, List.of(), false);
    }

    /** Whether every day of the week is in a closed month (nothing could be logged). */
    private boolean requireOpenQuietly(LocalDate start) {
        return periods.isClosed(YearMonth.from(start)) && periods.isClosed(YearMonth.from(start.plusDays(6)));
    }

    private TimesheetView view(Timesheet sheet, Actor actor, Names names) {
        List<TimesheetView.LineView> lines = new ArrayList<>();
        List<List<BigDecimal>> hours = new ArrayList<>();
        for (TimesheetLine line : sheet.lines()) {
            hours.add(line.hours());
            lines.add(new TimesheetView.LineView(line.project(), names.projectCode(line.project()), line.task(),
                    names.task(line.project(), line.task()), line.hours(), TimesheetRules.sum(line.hours()),
                    sheet.approved(line.project())));
        }
        List<BigDecimal> totals = TimesheetRules.dayTotals(hours);
        boolean own = actor.id().value() == sheet.person();
        boolean closed = closed(sheet);
        TimesheetState state = sheet.state();
        boolean writable = own && !closed && (state == TimesheetState.DRAFT || state == TimesheetState.RETURNED);
        boolean open = state == TimesheetState.SUBMITTED && !closed;
        boolean decidable = open && rights.mayApprove(actor, sheet.person(), sheet.pendingProjects());
        boolean returnable = open && rights.mayApproveAny(actor, sheet.person(), sheet.pendingProjects());
        Map<Long, ProjectApproval> approvals = new HashMap<>();
        sheet.approvals().forEach(approval -> approvals.put(approval.project(), approval));
        List<TimesheetView.ProjectPart> parts = new ArrayList<>();
        for (long project : sheet.projects()) {
            ProjectApproval approval = approvals.get(project);
            BigDecimal total = lines.stream().filter(line -> line.projectId() == project)
                    .map(TimesheetView.LineView::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            parts.add(new TimesheetView.ProjectPart(project, names.projectCode(project), total, approval != null,
                    approval == null ? null : approval.approvedBy(), approval == null ? null : approval.approvedAt(),
                    open && approval == null && rights.mayApprove(actor, sheet.person(), List.of(project))));
        }
        return new TimesheetView(sheet.id(), names.person(sheet.person()), sheet.weekStart(), days(sheet.weekStart()),
                state, List.copyOf(lines), totals, TimesheetRules.sum(totals), sheet.returnReason(),
                sheet.submittedAt(), sheet.decidedBy(), sheet.decidedAt(), writable, writable, decidable, closed,
                sheet.version(), List.copyOf(parts), returnable);
    }

    private static List<LocalDate> days(LocalDate start) {
        List<LocalDate> days = new ArrayList<>();
        for (int day = 0; day < TimesheetRules.DAYS; day++) days.add(start.plusDays(day));
        return List.copyOf(days);
    }

    private static Map<String, String> snapshot(Timesheet sheet) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("person", String.valueOf(sheet.person()));
        fields.put("weekStart", sheet.weekStart().toString());
        fields.put("state", sheet.state().name());
        fields.put("returnReason", Objects.toString(sheet.returnReason(), ""));
        fields.put("decidedBy", Objects.toString(sheet.decidedBy(), ""));
        fields.put("lines", sheet.lines().stream().map(line -> line.project() + "/" + line.task() + ": "
                + line.hours().stream().map(h -> h.stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(" "))).collect(Collectors.joining("; ")));
        return fields;
    }

    /** Names of projects, tasks and people, looked up once per answer. */
    private final class Names {
        private final Map<Long, String> codes = new HashMap<>();
        private final Map<Long, Map<Long, String>> tasks = new HashMap<>();
        private Map<Long, Person> persons;

        String projectCode(long project) {
            return codes.computeIfAbsent(project, id -> projects.get(new ProjectId(id)).code());
        }

        String task(long project, long task) {
            return tasks.computeIfAbsent(project, id -> actualWork.loggable(id).stream().collect(Collectors.toMap(
                    ActualWork.LoggableTask::taskId, t -> t.wbs() + " " + t.name()))).getOrDefault(task, "#" + task);
        }

        Reference person(long id) {
            if (persons == null) persons = people.byId();
            Person person = persons.get(id);
            return new Reference(id, person == null ? null : person.username(),
                    person == null ? "" : person.displayName());
        }
    }
}
