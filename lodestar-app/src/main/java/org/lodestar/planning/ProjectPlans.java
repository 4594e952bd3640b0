package org.lodestar.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.lodestar.engine.schedule.ConstraintType;
import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.engine.schedule.LagCalendar;
import org.lodestar.engine.schedule.ProgressedActivities;
import org.lodestar.engine.schedule.Schedule;
import org.lodestar.engine.schedule.ScheduleMode;
import org.lodestar.engine.schedule.TimeAxis;
import org.lodestar.engine.schedule.WorkCalendar;
import org.lodestar.planning.internal.BaselineStore;
import org.lodestar.planning.internal.DraftAssignment;
import org.lodestar.planning.internal.DraftLink;
import org.lodestar.planning.internal.DraftTask;
import org.lodestar.planning.internal.PlanDraft;
import org.lodestar.planning.internal.PlanForecastStore;
import org.lodestar.planning.internal.PlanStore;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.CustomFields;
import org.lodestar.portfolio.PlanDates;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects' plans: read one with its computed schedule, and change it. Every change goes through one path: it is
 * applied to a copy of the plan in memory, the copy is scheduled by the engine, and only then stored, with its
 * audit entries, in the same transaction. Bad text is refused (400) and a dependency cycle (422) before anything
 * is written, so a refused change leaves the plan as it was. A change may give the plan's version it was made
 * from; a stale one is refused (409).
 */
@Service
public class ProjectPlans {

    /** The outline operations of the plan grid. */
    public enum Move { INDENT, OUTDENT, UP, DOWN }

    private final PlanStore store;
    private final BaselineStore baselines;
    private final Calendars calendars;
    private final ProjectAccess access;
    private final Clock clock;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final PlanForecasts forecasts;
    private final AssignableResources pool;
    private final PlanForecastStore forecastStore;
    private final CustomFields customFields;

    ProjectPlans(PlanStore store, BaselineStore baselines, Calendars calendars, ProjectAccess access, Clock clock,
                 MessageSource messages, ApplicationEventPublisher events, PlanForecasts forecasts,
                 AssignableResources pool, PlanForecastStore forecastStore, CustomFields customFields) {
        this.customFields = customFields;
        this.forecasts = forecasts;
        this.forecastStore = forecastStore;
        this.pool = pool;
        this.store = store;
        this.baselines = baselines;
        this.calendars = calendars;
        this.access = access;
        this.clock = clock;
        this.messages = messages;
        this.events = events;
    }

    /** The plan with its schedule; a project without a plan yet has an empty one starting at its planned start. */
    @Transactional(readOnly = true)
    public PlanView plan(ProjectId id) {
        ProjectView project = access.readable(id);
        PlanDraft draft = load(project);
        return view(project, schedule(draft));
    }

    /** Inserts a task named {@code name} below the task {@code afterTaskId} (at the end when null). */
    @Transactional
    public PlanView insertTask(ProjectId id, Long version, Long afterTaskId, String name) {
        return change(id, version, edits -> edits.insert(afterTaskId == null ? null : edits.task(afterTaskId), name));
    }

    /** Changes one field of a task from text as typed in the plan grid (see {@link TaskCommand}). */
    @Transactional
    public PlanView editTask(ProjectId id, Long version, long taskId, String field, String value) {
        access.editable(id); // refused before the field is even looked at
        String name = PlanEdits.field(field);
        if (!PlanEdits.FIELDS.contains(name)) {
            throw DurationText.problem("field", "planning.validation.field", String.valueOf(field));
        }
        return change(id, version, edits -> edits.set(edits.task(taskId), name, value));
    }

    /** Creates a task with the command's fields, below {@code afterTaskId} or last under {@code parentId}. */
    @Transactional
    public PlanView createTask(ProjectId id, TaskCommand command) {
        return change(id, command.version(), edits -> {
            DraftTask task = command.afterTaskId() != null ? edits.insert(edits.task(command.afterTaskId()), command.name())
                    : edits.append(command.parentId() == null ? null : edits.task(command.parentId()), command.name());
            apply(edits, task, command);
        });
    }

    /** Changes the fields of a task the command gives (null fields stay as they are). */
    @Transactional
    public PlanView changeTask(ProjectId id, long taskId, TaskCommand command) {
        return change(id, command.version(), edits -> {
            DraftTask task = edits.task(taskId);
            if (command.name() != null) edits.set(task, "name", command.name());
            apply(edits, task, command);
        });
    }

    private static void apply(PlanEdits edits, DraftTask task, TaskCommand command) {
        set(edits, task, "duration", command.duration());
        set(edits, task, "constraint", command.constraint());
        set(edits, task, "start", command.start());
        set(edits, task, "finish", command.finish());
        set(edits, task, "deadline", command.deadline());
        set(edits, task, "predecessors", command.predecessors());
        set(edits, task, "percentComplete", command.percentComplete());
        set(edits, task, "actualStart", command.actualStart());
        set(edits, task, "actualFinish", command.actualFinish());
        set(edits, task, "resources", command.resources());
        set(edits, task, "calendar", command.calendar());
        set(edits, task, "notes", command.notes());
        set(edits, task, "splits", command.splits());
        if (command.fields() != null) edits.fields(task, command.fields());
    }

    private static void set(PlanEdits edits, DraftTask task, String field, String value) {
        if (value != null) edits.set(task, field, value);
    }

    /** Deletes a task with its subtasks and their dependencies. */
    @Transactional
    public PlanView deleteTask(ProjectId id, Long version, long taskId) {
        return change(id, version, edits -> edits.delete(edits.task(taskId)));
    }

    /** The pool resources assigned to a task, with their work and whether they are absent on one of its days. */
    @Transactional(readOnly = true)
    public List<PlanView.Assignment> assignments(ProjectId id, long taskId) {
        return plan(id).tasks().stream().filter(task -> task.id() == taskId).findFirst()
                .orElseThrow(() -> new NotFoundException("task " + taskId)).assignments();
    }

    /** The people and generic roles of the pool that can be assigned now, by name. */
    @Transactional(readOnly = true)
    public List<AssignableResources.Assignable> assignableResources(ProjectId id) {
        access.readable(id);
        return pool.assignable();
    }

    /**
     * Assigns a pool resource (a person or generic role) to a working task: an unknown resource or one that works
     * no hours is 400 naming {@code resource}, a retired one 409; units above 0 and at most 1000 (else 400 naming
     * {@code units}), 100 when left out. An assignment on days the resource is absent is kept and warned about.
     */
    @Transactional
    public PlanView assign(ProjectId id, long taskId, AssignmentCommand command) {
        return change(id, command.version(), edits -> {
            DraftTask task = edits.task(taskId);
            if (edits.draft().isSummary(task)) {
                throw DurationText.problem("task", "planning.assignment.summary", task.name);
            }
            if (command.resource() == null) throw DurationText.problem("resource", "validation.required");
            DraftAssignment assignment = new DraftAssignment(command.resource());
            assignment.units = units(command.units(), 100);
            assignment.booking = booking(command.booking(), "SOFT");
            assignable(task, command.resource(), null);
            task.assignments.add(assignment);
        });
    }

    /** A pool resource to put on a task with its units (percent), as a file's assignment names it. */
    public record NewAssignment(long taskId, long resource, int units) {
    }

    /**
     * Assigns many pool resources in one change of the plan (an imported file's assignments), each as
     * {@link #assign} would with a soft booking; an assignment the task already has (the same resource) is left as
     * it is.
     */
    @Transactional
    public PlanView assignAll(ProjectId id, List<NewAssignment> wanted, Long version) {
        return change(id, version, edits -> {
            for (NewAssignment one : wanted) {
                DraftTask task = edits.task(one.taskId());
                if (task.assignments.stream().anyMatch(a -> a.resource == one.resource())) continue;
                if (edits.draft().isSummary(task)) {
                    throw DurationText.problem("task", "planning.assignment.summary", task.name);
                }
                DraftAssignment assignment = new DraftAssignment(one.resource());
                assignment.units = units(one.units(), 100);
                assignment.booking = "SOFT";
                assignable(task, one.resource(), null);
                task.assignments.add(assignment);
            }
        });
    }

    /** Changes an assignment's resource, units or booking (null fields stay as they are), by the same rules. */
    @Transactional
    public PlanView changeAssignment(ProjectId id, long taskId, long assignmentId, AssignmentCommand command) {
        return change(id, command.version(), edits -> {
            DraftTask task = edits.task(taskId);
            DraftAssignment assignment = assignmentOf(task, assignmentId);
            int units = units(command.units(), assignment.units);
            String booking = booking(command.booking(), assignment.booking);
            if (command.resource() != null && command.resource() != assignment.resource) {
                assignable(task, command.resource(), assignment);
                assignment.resource = command.resource();
            }
            assignment.units = units;
            assignment.booking = booking;
        });
    }

    /** Removes an assignment from its task. */
    @Transactional
    public PlanView unassign(ProjectId id, Long version, long taskId, long assignmentId) {
        return change(id, version, edits -> {
            DraftTask task = edits.task(taskId);
            task.assignments.remove(assignmentOf(task, assignmentId));
        });
    }

    private static DraftAssignment assignmentOf(DraftTask task, long assignmentId) {
        return task.assignments.stream().filter(a -> a.id != null && a.id == assignmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("assignment " + assignmentId));
    }

    /** Refuses a resource the pool does not have, that works no hours, is retired or is on the task already. */
    private void assignable(DraftTask task, long resource, DraftAssignment except) {
        AssignableResources.Assignable found = pool.find(List.of(resource)).get(resource);
        if (found == null) throw DurationText.problem("resource", "planning.assignment.resource", Long.toString(resource));
        if (!found.works()) throw DurationText.problem("resource", "planning.assignment.notWorking", found.name());
        if (found.retired()) {
            throw new ConflictException("planning.assignment.retired", new Object[] {found.name()},
                    Map.of("resource", resource), "resource " + resource + " is retired");
        }
        if (task.assignments.stream().anyMatch(a -> a != except && a.resource == resource)) {
            throw DurationText.problem("resource", "planning.assignment.twice", found.name());
        }
    }

    private static int units(Integer units, int otherwise) {
        if (units == null) return otherwise;
        if (units <= 0 || units > 1000) throw DurationText.problem("units", "planning.assignment.units", units);
        return units;
    }

    private static String booking(String booking, String otherwise) {
        if (booking == null || booking.isBlank()) return otherwise;
        String typed = booking.strip().toUpperCase(java.util.Locale.ROOT);
        if (!typed.equals("SOFT") && !typed.equals("HARD")) {
            throw DurationText.problem("booking", "planning.assignment.booking", booking);
        }
        return typed;
    }

    /** Indents, outdents or moves a task as in Microsoft Project; a move that is not possible changes nothing. */
    @Transactional
    public PlanView move(ProjectId id, Long version, long taskId, Move move) {
        return change(id, version, edits -> {
            DraftTask task = edits.task(taskId);
            switch (move) {
                case INDENT -> edits.indent(task);
                case OUTDENT -> edits.outdent(task);
                case UP -> edits.moveUp(task);
                case DOWN -> edits.moveDown(task);
            }
        });
    }

    @Transactional
    public PlanView addDependency(ProjectId id, DependencyCommand command) {
        return change(id, command.version(), edits -> {
            if (command.predecessorId() == null) throw DurationText.problem("predecessorId", "validation.required");
            if (command.successorId() == null) throw DurationText.problem("successorId", "validation.required");
            DraftTask predecessor = taskOf(edits, command.predecessorId(), "predecessorId");
            DraftTask successor = taskOf(edits, command.successorId(), "successorId");
            PlanDraft draft = edits.draft();
            if (draft.links.stream().anyMatch(link -> link.predecessor == predecessor && link.successor == successor)) {
                throw DurationText.problem("predecessorId", "planning.validation.predecessor.duplicate",
                        Long.toString(command.predecessorId()));
            }
            DraftLink link = new DraftLink(predecessor, successor, DependencyType.FS, 0, null, "d");
            LinkFields.fill(link, command.type(), command.lag(), edits.units());
            checkLink(link);
            draft.links.add(link);
        });
    }

    @Transactional
    public PlanView changeDependency(ProjectId id, long dependencyId, DependencyCommand command) {
        return change(id, command.version(), edits -> {
            DraftLink link = edits.draft().links.stream().filter(candidate -> candidate.id == dependencyId)
                    .findFirst().orElseThrow(() -> new NotFoundException("dependency " + dependencyId));
            LinkFields.fill(link, command.type(), command.lag(), edits.units());
        });
    }

    @Transactional
    public PlanView deleteDependency(ProjectId id, Long version, long dependencyId) {
        return change(id, version, edits -> {
            if (!edits.draft().links.removeIf(link -> link.id == dependencyId)) {
                throw new NotFoundException("dependency " + dependencyId);
            }
        });
    }

    private static DraftTask taskOf(PlanEdits edits, long id, String field) {
        DraftTask task = edits.draft().task(id);
        if (task == null) throw DurationText.problem(field, "planning.validation.task", Long.toString(id));
        return task;
    }

    private static void checkLink(DraftLink link) {
        if (link.predecessor == link.successor) {
            throw DurationText.problem("successorId", "planning.validation.predecessor.self", link.successor.name);
        }
        if (PlanDraft.descends(link.successor, link.predecessor) || PlanDraft.descends(link.predecessor, link.successor)) {
            throw DurationText.problem("successorId", "planning.validation.predecessor.outline", link.successor.name);
        }
    }

    /** Changes the plan's start or finish, status date, calendar or shown baseline. */
    @Transactional
    public PlanView changeSettings(ProjectId id, PlanSettingsCommand command) {
        return change(id, command.version(), edits -> {
            PlanDraft draft = edits.draft();
            if (command.start() != null) {
                LocalDateTime start = edits.startOfDay(command.start(), "start");
                if (start == null) throw DurationText.problem("start", "validation.required");
                draft.start = start;
            }
            if (command.finish() != null) draft.finish = edits.finishOfDay(command.finish(), "finish");
            if (command.statusDate() != null) draft.statusDate = edits.finishOfDay(command.statusDate(), "statusDate");
            if (command.calendarId() != null) {
                if (!calendars.usableBy(command.calendarId(), draft.project)) {
                    throw DurationText.problem("calendarId", "planning.validation.calendar", command.calendarId().toString());
                }
                draft.calendar = command.calendarId();
            }
            if (command.baselineShown() != null) draft.baselineShown = baselineNumber(command.baselineShown());
            if (command.schedulingRules() != null) {
                draft.rules = choice(ScheduleMode.class, command.schedulingRules(), "schedulingRules");
            }
            if (command.progressedActivities() != null) {
                draft.progressedActivities = choice(ProgressedActivities.class, command.progressedActivities(),
                        "progressedActivities");
            }
            if (command.lagCalendar() != null) {
                draft.lagCalendar = choice(LagCalendar.class, command.lagCalendar(), "lagCalendar");
            }
        });
    }

    /** One of an enumeration's constants by name, or a problem naming the field and the choices. */
    private static <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.strip())) return constant;
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw DurationText.problem(field, "planning.validation.choice", text, choices);
    }

    /**
     * Microsoft Project's "update as scheduled": moves the status date and records progress as the current
     * schedule has it by then. Tasks scheduled to finish by the status date are complete, with actual dates as
     * scheduled; tasks under way get the share of their duration before it. Work recorded already is kept.
     */
    @Transactional
    public PlanView updateProgress(ProjectId id, Long version, String statusDate) {
        return change(id, version, edits -> {
            PlanDraft draft = edits.draft();
            LocalDateTime status = edits.finishOfDay(statusDate, "statusDate");
            if (status == null) throw DurationText.problem("statusDate", "validation.required");
            ScheduledPlan scheduled = schedule(draft);
            int cut = TimeAxis.minute(status);
            for (int i = 0; i < draft.tasks.size(); i++) {
                DraftTask task = draft.tasks.get(i);
                int start = scheduled.schedule.start(i);
                int finish = scheduled.schedule.finish(i);
                if (scheduled.summary[i] || task.percentComplete >= 100 || start >= cut) continue;
                if (task.actualStart == null) task.actualStart = TimeAxis.dateTime(start);
                if (finish <= cut) {
                    task.percentComplete = 100;
                    if (task.actualFinish == null) task.actualFinish = TimeAxis.dateTime(finish);
                } else {
                    int done = scheduled.plan.calendarOf(i).workingMinutesBetween(start, cut);
                    int share = task.duration == 0 ? 0 : (int) Math.min(99, 100L * done / task.duration);
                    task.percentComplete = Math.max(task.percentComplete, task.elapsed
                            ? (int) Math.min(99, 100L * (cut - start) / task.duration) : share);
                }
            }
            draft.statusDate = status;
        });
    }

    private static Integer baselineNumber(String text) {
        if (text.isBlank()) return null;
        try {
            int number = Integer.parseInt(text.strip());
            if (number >= 0 && number <= 10) return number;
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw DurationText.problem("baselineShown", "planning.validation.baseline", text);
    }

    /**
     * Replaces the whole plan in one transaction: all or nothing. A predecessor or parent key that names no task
     * is 400 with the key; a cycle is 422, and the stored plan stays as it was. Tasks that give their id are kept
     * (updated in place, with their baseline values); stored tasks left out are deleted.
     */
    @Transactional
    public PlanView replace(ProjectId id, PlanCommand command) {
        return change(id, command.version(), edits -> {
            PlanDraft draft = edits.draft();
            Map<Long, DraftTask> stored = new java.util.HashMap<>();
            draft.tasks.forEach(task -> stored.put(task.id, task));
            draft.tasks.clear();
            draft.links.clear();
            if (command.calendarId() != null) {
                if (!calendars.usableBy(command.calendarId(), draft.project)) {
                    throw DurationText.problem("calendarId", "planning.validation.calendar", command.calendarId().toString());
                }
                draft.calendar = command.calendarId();
            }
            if (command.start() == null && command.finish() == null) throw DurationText.problem("start", "validation.required");
            if (command.start() != null) draft.start = edits.startOfDay(command.start(), "start");
            draft.finish = command.finish() == null ? null : edits.finishOfDay(command.finish(), "finish");
            if (draft.start == null) draft.start = draft.finish;
            // a blank start without a finish leaves nothing to schedule from
            if (draft.start == null) throw DurationText.problem("start", "validation.required");
            draft.statusDate = command.statusDate() == null ? null : edits.finishOfDay(command.statusDate(), "statusDate");
            new PlanReplacement(edits, command, stored).apply();
        });
    }

    /**
     * The one path of every change: load, check the version, edit a copy, schedule it (refusing bad input and
     * cycles), store the differences with their audit entries, and answer the new plan.
     */
    private PlanView change(ProjectId id, Long version, Consumer<PlanEdits> edit) {
        return change(access.editable(id), version, edit, false);
    }

    /**
     * The same path for a change whose rights its caller decided (approved timesheets' actual work, see
     * {@link ActualWork}): the project is read as it is, the plan changed as it is, in the caller's transaction.
     */
    PlanView changeDecided(ProjectId id, Consumer<PlanEdits> edit) {
        return change(access.any(id), null, edit, true);
    }

    private PlanView change(ProjectView project, Long version, Consumer<PlanEdits> edit, boolean decided) {
        ProjectId id = new ProjectId(project.id());
        // without a version the change applies to the plan as it is: concurrent ones wait their turn
        if (version == null) store.lock(id.value());
        PlanDraft before = load(project);
        if (version != null && version != before.version) {
            throw new StaleVersionException("plan of " + project.code(), before.version);
        }
        PlanDraft after = before.copy();
        WorkCalendar calendar = calendars.engineCalendar(after.calendar);
        edit.accept(new PlanEdits(after, calendars.units(after.calendar), calendar,
                calendarId -> calendars.usableBy(calendarId, after.project), new FieldCheck()));
        ScheduledPlan scheduled = schedule(after);
        boolean changed = store.save(before, after, project.code());
        // the stored forecast follows the plan's version, which the save raises even when nothing else changed
        forecasts.record(scheduled);
        if (changed) {
            events.publishEvent(rescheduled(scheduled));
            if (decided) access.followPlanAsDecided(id, dates(scheduled));
            else access.followPlan(id, dates(scheduled));
        }
        return view(project, scheduled);
    }

    /** Tasks' custom values checked against the fields on tasks, read once a change, when a task first gives some. */
    private final class FieldCheck implements PlanEdits.FieldCheck {
        private CustomFields.TaskValueCheck fields;

        @Override
        public Map<String, String> check(Map<String, String> values) {
            if (fields == null) fields = customFields.taskValueCheck();
            var problems = new InvalidInputException.Collector();
            Map<String, String> checked = fields.check(values, "fields", problems);
            problems.throwIfAny();
            return checked;
        }
    }

    private static PlanRescheduled rescheduled(ScheduledPlan scheduled) {
        PlanDraft draft = scheduled.draft;
        boolean empty = draft.tasks.isEmpty();
        LocalDateTime start = empty ? draft.start : TimeAxis.dateTime(scheduled.schedule.projectStart());
        LocalDateTime finish = empty ? (draft.finish != null ? draft.finish : draft.start)
                : TimeAxis.dateTime(scheduled.schedule.projectFinish());
        return new PlanRescheduled(new ProjectId(draft.project), draft.version, start, finish);
    }

    /**
     * Sets every working task's leveling delay (working minutes; tasks not named get 0) through the plan's one
     * audited path, refused (409) when the plan is no longer at {@code version}. Leveling's apply and clear.
     */
    PlanView setLevelingDelays(ProjectId id, Long version, Map<Long, Integer> delays) {
        return change(id, version, edits -> {
            for (DraftTask task : edits.draft().tasks) task.levelingDelay = delays.getOrDefault(task.id, 0);
        });
    }

    /** The current plan of a project its reader may read, scheduled. */
    ScheduledPlan current(ProjectId id) {
        return schedule(load(access.readable(id)));
    }

    ProjectView project(ProjectId id) {
        return access.readable(id);
    }

    TimeUnits units(PlanDraft draft) {
        return calendars.units(draft.calendar);
    }

    /**
     * Marks the plan changed (a baseline saved or deleted), so that pages holding it reload before editing, and
     * gives the registry the planned dates of the current baseline.
     */
    void touch(ProjectId id) {
        store.touch(id.value());
        ScheduledPlan scheduled = current(id);
        forecasts.record(scheduled);
        access.followPlan(id, dates(scheduled));
    }

    /**
     * The dates the plan gives the registry (null when it has no tasks): the scheduled start and finish as the
     * forecast; the start and finish of the current baseline, the one saved last, as the planned (approved) dates;
     * the earliest actual start of a task, and, once every task is complete, the latest actual finish.
     */
    PlanDates dates(ScheduledPlan scheduled) {
        PlanDraft draft = scheduled.draft;
        if (draft.tasks.isEmpty()) return null;
        LocalDateTime actualStart = null;
        LocalDateTime actualFinish = null;
        boolean complete = true;
        for (int i = 0; i < draft.tasks.size(); i++) {
            if (scheduled.summary[i]) continue;
            DraftTask task = draft.tasks.get(i);
            if (task.actualStart != null && (actualStart == null || task.actualStart.isBefore(actualStart))) {
                actualStart = task.actualStart;
            }
            if (task.percentComplete < 100) {
                complete = false;
                continue;
            }
            LocalDateTime finish = task.actualFinish != null ? task.actualFinish
                    : TimeAxis.dateTime(scheduled.schedule.finish(i));
            if (actualFinish == null || finish.isAfter(actualFinish)) actualFinish = finish;
        }
        BaselineStore.Header current = baselines.list(draft.project).stream()
                .max(java.util.Comparator.comparing(BaselineStore.Header::savedAt)
                        .thenComparing(BaselineStore.Header::number)).orElse(null);
        LocalDateTime baselineStart = null;
        LocalDateTime baselineFinish = null;
        if (current != null) {
            for (BaselineStore.Values values : baselines.values(draft.project, current.number()).values()) {
                if (values.start() != null && (baselineStart == null || values.start().isBefore(baselineStart))) {
                    baselineStart = values.start();
                }
                if (values.finish() != null && (baselineFinish == null || values.finish().isAfter(baselineFinish))) {
                    baselineFinish = values.finish();
                }
            }
        }
        boolean baselined = current != null && baselineStart != null && baselineFinish != null;
        return new PlanDates(TimeAxis.dateTime(scheduled.schedule.projectStart()).toLocalDate(),
                TimeAxis.dateTime(scheduled.schedule.projectFinish()).toLocalDate(),
                baselined ? Integer.valueOf(current.number()) : null,
                baselined ? baselineStart.toLocalDate() : null, baselined ? baselineFinish.toLocalDate() : null,
                actualStart == null ? null : actualStart.toLocalDate(),
                complete && actualFinish != null ? actualFinish.toLocalDate() : null);
    }

    private PlanDraft load(ProjectView project) {
        return store.load(project.id()).orElseGet(() -> {
            PlanDraft draft = new PlanDraft(project.id());
            draft.calendar = calendars.defaultCalendar();
            LocalDate start = project.actualStart() != null ? project.actualStart()
                    : project.plannedStart() != null ? project.plannedStart() : LocalDate.now(clock);
            draft.start = start.atTime(8, 0);
            return draft;
        });
    }

    ScheduledPlan schedule(PlanDraft draft) {
        return ScheduledPlan.of(draft, calendars.engineCalendar(draft.calendar), calendars::engineCalendar);
    }

    /**
     * The stretches of work of a split task not started yet, from its scheduled start through its pauses to its
     * scheduled finish; empty for any other task (a started one resumes by the progress rules: one bar).
     */
    private static List<PlanView.Segment> segments(ScheduledPlan scheduled, int i) {
        DraftTask task = scheduled.draft.tasks.get(i);
        if (task.splits == null || scheduled.summary[i] || task.elapsed || task.actualStart != null
                || task.actualFinish != null) {
            return List.of();
        }
        WorkCalendar calendar = scheduled.plan.calendarOf(i);
        int start = scheduled.schedule.start(i);
        int[] pauses = TaskSplits.minutes(task.splits);
        List<PlanView.Segment> segments = new ArrayList<>();
        int from = start;
        int offset = 0; // working minutes of work and pauses from the start
        for (int p = 0; p < pauses.length && pauses[p] < task.duration; p += 2) {
            offset += pauses[p] - (p == 0 ? 0 : pauses[p - 2]);
            segments.add(new PlanView.Segment(PlanTimes.text(from), PlanTimes.text(calendar.addWorking(start, offset))));
            offset += pauses[p + 1];
            from = calendar.addWorking(start, offset + 1) - 1; // the next working minute: a start
        }
        if (segments.isEmpty()) return List.of();
        segments.add(new PlanView.Segment(PlanTimes.text(from), PlanTimes.text(scheduled.schedule.finish(i))));
        return segments;
    }

    /** The plan as shown, from one scheduled snapshot (the variance of baselines reads the same one). */
    PlanView view(ProjectView project, ScheduledPlan scheduled) {
        PlanDraft draft = scheduled.draft;
        Schedule schedule = scheduled.schedule;
        TimeUnits units = calendars.units(draft.calendar);
        Integer shown = draft.baselineShown != null ? draft.baselineShown
                : baselines.find(draft.project, 0).isPresent() ? Integer.valueOf(0) : null;
        Map<Long, BaselineStore.Values> baseline = shown == null ? Map.of() : baselines.values(draft.project, shown);
        Map<DraftTask, Integer> rows = new IdentityHashMap<>();
        for (int i = 0; i < draft.tasks.size(); i++) rows.put(draft.tasks.get(i), i + 1);
        Map<DraftTask, List<String>> predecessors = new IdentityHashMap<>();
        List<PlanView.Link> links = new ArrayList<>();
        for (DraftLink link : draft.links) {
            PredecessorText.Lag lag = new PredecessorText.Lag(link.lag, link.lagUnit, link.lagFormat);
            predecessors.computeIfAbsent(link.successor, task -> new ArrayList<>())
                    .add(PredecessorText.format(rows.get(link.predecessor), link.type, lag, units));
            links.add(new PlanView.Link(link.id, link.predecessor.id, link.successor.id, link.type.name(),
                    PredecessorText.lagText(lag, units)));
        }
        List<PlanView.Warning> absences = new ArrayList<>();
        Map<DraftTask, List<PlanView.Assignment>> assigned = assignments(scheduled, absences);
        int[] topCount = {0};
        Map<DraftTask, String> wbs = new IdentityHashMap<>();
        Map<DraftTask, Integer> childCounts = new IdentityHashMap<>();
        List<PlanView.Task> tasks = new ArrayList<>();
        for (int i = 0; i < draft.tasks.size(); i++) {
            DraftTask task = draft.tasks.get(i);
            String number;
            if (task.parent == null) number = Integer.toString(++topCount[0]);
            else number = wbs.get(task.parent) + "." + childCounts.merge(task.parent, 1, Integer::sum);
            wbs.put(task, number);
            boolean summary = scheduled.summary[i];
            boolean milestone = !summary && task.duration == 0;
            int durationMinutes = summary ? schedule.duration(i) : task.duration;
            String duration = summary ? DurationText.format(durationMinutes, false, "d", units)
                    : DurationText.format(task.duration, task.elapsed, task.durationUnit, units);
            BaselineStore.Values base = baseline.get(task.id);
            ConstraintType constraint = ConstraintType.valueOf(task.constraintType);
            tasks.add(new PlanView.Task(task.id, i + 1, number, draft.level(task), task.parent == null ? null : task.parent.id,
                    summary, milestone, task.name, duration, durationMinutes, task.elapsed,
                    PlanTimes.text(schedule.start(i)), PlanTimes.text(schedule.finish(i)),
                    PlanTimes.text(schedule.earlyStart(i)), PlanTimes.text(schedule.earlyFinish(i)),
                    PlanTimes.text(schedule.lateStart(i)), PlanTimes.text(schedule.lateFinish(i)),
                    floatText(schedule.totalFloat(i), units), floatText(schedule.freeFloat(i), units),
                    schedule.isCritical(i), (int) Math.round(summary ? schedule.percentComplete(i) : task.percentComplete),
                    String.join(", ", predecessors.getOrDefault(task, List.of())),
                    task.resources == null ? "" : task.resources,
                    constraint == ConstraintType.AS_SOON_AS_POSSIBLE ? "" : PlanTimes.abbreviation(constraint)
                            + (task.constraintDate == null ? "" : " " + PlanTimes.date(task.constraintDate)),
                    PlanTimes.date(task.deadline), PlanTimes.text(task.actualStart), PlanTimes.text(task.actualFinish),
                    task.calendar, base == null ? null : PlanTimes.text(base.start()),
                    base == null ? null : PlanTimes.text(base.finish()), task.sourceUid, task.source,
                    assigned.getOrDefault(task, List.of()),
                    task.levelingDelay == 0 ? "" : DurationText.format(task.levelingDelay, false, "d", units),
                    task.notes, TaskSplits.format(task.splits, units), segments(scheduled, i),
                    Collections.unmodifiableMap(new TreeMap<>(task.fields))));
        }
        List<Long> critical = new ArrayList<>();
        for (int index : schedule.criticalPath()) critical.add(draft.tasks.get(index).id);
        List<PlanView.Warning> warnings = new ArrayList<>(schedule.warnings().stream()
                .map(warning -> new PlanView.Warning(draft.tasks.get(warning.task()).id, warning.kind().name(),
                        warningText(warning, draft.tasks.get(warning.task()).name)))
                .toList());
        warnings.addAll(absences);
        boolean empty = draft.tasks.isEmpty();
        return new PlanView(project.id(), project.code(), project.name(), draft.version, draft.calendar,
                empty ? PlanTimes.text(draft.start) : PlanTimes.text(schedule.projectStart()),
                empty ? PlanTimes.text(draft.finish != null ? draft.finish : draft.start)
                        : PlanTimes.text(schedule.projectFinish()),
                PlanTimes.text(draft.statusDate), LocalDate.now(clock).toString(), units.minutesPerDay(),
                units.minutesPerWeek(), units.daysPerMonth(), shown, draft.finish != null, draft.rules.name(),
                draft.progressedActivities.name(), draft.lagCalendar.name(), tasks, links, critical, warnings);
    }

    /**
     * The tasks' assignments as shown: the pool's names, work from the duration and units, and whether the resource
     * is absent on a day from the task's scheduled start to its finish (then also a warning, kind ABSENCE). The pool
     * is asked once, and only when the plan has assignments.
     */
    private Map<DraftTask, List<PlanView.Assignment>> assignments(ScheduledPlan scheduled, List<PlanView.Warning> warnings) {
        PlanDraft draft = scheduled.draft;
        java.util.Set<Long> ids = new java.util.HashSet<>();
        draft.tasks.forEach(task -> task.assignments.forEach(a -> ids.add(a.resource)));
        if (ids.isEmpty()) return Map.of();
        Map<Long, AssignableResources.Assignable> found = pool.find(ids);
        Map<DraftTask, List<PlanView.Assignment>> assigned = new IdentityHashMap<>();
        for (int i = 0; i < draft.tasks.size(); i++) {
            DraftTask task = draft.tasks.get(i);
            if (task.assignments.isEmpty()) continue;
            int durationMinutes = scheduled.summary[i] ? scheduled.schedule.duration(i) : task.duration;
            LocalDate first = TimeAxis.dateTime(scheduled.schedule.start(i)).toLocalDate();
            LocalDateTime finish = TimeAxis.dateTime(scheduled.schedule.finish(i));
            LocalDate last = finish.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && finish.toLocalDate().isAfter(first)
                    ? finish.toLocalDate().minusDays(1) : finish.toLocalDate();
            List<PlanView.Assignment> list = new ArrayList<>();
            for (DraftAssignment a : task.assignments) {
                AssignableResources.Assignable resource = found.get(a.resource);
                String name = resource == null ? "#" + a.resource : resource.name();
                AssignableResources.Absence absence = resource == null ? null : resource.absenceDuring(first, last);
                double work = Math.round(AssignmentWork.minutes(durationMinutes, a.units) / 60.0 * 100) / 100.0;
                list.add(new PlanView.Assignment(a.id == null ? 0 : a.id, task.id == null ? 0 : task.id, a.resource,
                        name, a.units, work, a.booking, a.contour, name + " [" + a.units + "%]", absence != null));
                if (absence != null) {
                    warnings.add(new PlanView.Warning(task.id == null ? 0 : task.id, "ABSENCE",
                            messages.getMessage("planning.warning.ABSENCE", new Object[] {name, task.name,
                                    absence.firstDay().toString(), absence.lastDay().toString()},
                                    LocaleContextHolder.getLocale())));
                }
            }
            assigned.put(task, List.copyOf(list));
        }
        return assigned;
    }

    /** The engine's warning in the reader's language: the task, the date it cannot keep, the earliest possible. */
    private String warningText(Schedule.Warning warning, String task) {
        return messages.getMessage("planning.warning." + warning.kind().name(),
                new Object[] {task, PlanTimes.text(warning.date()).replace('T', ' '),
                        PlanTimes.text(warning.earliest()).replace('T', ' ')},
                warning.message(), LocaleContextHolder.getLocale());
    }

    private static String floatText(int minutes, TimeUnits units) {
        return minutes == TimeAxis.NONE ? null : DurationText.format(minutes, false, "d", units);
    }

    /**
     * The plans the Planning entry opens: a page of the projects whose plans the reader may open, by planned finish.
     * {@code mine} keeps those they take part in (manage or are a member of); when it is not given, it is chosen
     * for them: their own if they take part in any (a project manager expects their plans), else all they see.
     * Readers of public summaries see no plans (403).
     */
    @Transactional(readOnly = true)
    public PlanList plans(Boolean mine, int page) {
        access.requireDetailReader();
        boolean own = mine != null ? mine : access.page(true, "code", 0, 1).total() > 0;
        return new PlanList(own, access.page(own, "plannedFinish", Math.max(0, page), PlanList.PAGE_SIZE));
    }

    /** The milestones of a project's plan, in row order. */
    @Transactional(readOnly = true)
    public List<MilestoneView> milestones(ProjectId id) {
        ProjectView project = access.readable(id);
        return milestones(project.id(), project.code(), project.name(), schedule(load(project)));
    }

    /**
     * The milestones not yet complete across the projects the reader may see (of one portfolio, or all): the
     * overdue ones and those due within {@code days} days, by date.
     */
    @Transactional(readOnly = true)
    public List<MilestoneView> upcomingMilestones(Long portfolioId, int days) {
        access.requireDetailReader();
        LocalDateTime now = LocalDate.now(clock).atStartOfDay();
        LocalDateTime horizon = LocalDate.now(clock).plusDays(Math.max(0, Math.min(days, 3660)) + 1L).atStartOfDay();
        Map<Long, ProjectRow> projects = new HashMap<>();
        for (ProjectRow project : access.projects(portfolioId)) projects.put(project.id(), project);
        // the milestones as every change that rescheduled a plan stored them, not each plan scheduled again
        List<MilestoneView> found = new ArrayList<>();
        for (PlanForecastStore.Milestone milestone : forecastStore.openBefore(projects.keySet(), horizon)) {
            ProjectRow project = projects.get(milestone.project());
            found.add(new MilestoneView(project.id(), project.code(), project.name(), milestone.task(),
                    milestone.row(), milestone.name(), milestone.forecast(), milestone.deadline(),
                    milestone.percentComplete(), milestone.critical(), milestone.forecast().isBefore(now),
                    milestone.late()));
        }
        found.sort(java.util.Comparator.comparing(MilestoneView::date).thenComparing(MilestoneView::projectCode));
        return found;
    }

    List<MilestoneView> milestones(long projectId, String code, String name, ScheduledPlan scheduled) {
        LocalDateTime now = LocalDate.now(clock).atStartOfDay();
        List<MilestoneView> milestones = new ArrayList<>();
        for (int i = 0; i < scheduled.draft.tasks.size(); i++) {
            DraftTask task = scheduled.draft.tasks.get(i);
            if (scheduled.summary[i] || task.duration != 0) continue;
            LocalDateTime date = TimeAxis.dateTime(scheduled.schedule.finish(i));
            boolean complete = task.percentComplete >= 100 || task.actualFinish != null;
            milestones.add(new MilestoneView(projectId, code, name, task.id, i + 1, task.name,
                    date, task.deadline == null ? null : task.deadline.toLocalDate(),
                    complete ? 100 : task.percentComplete, scheduled.schedule.isCritical(i),
                    !complete && date.isBefore(now), task.deadline != null && date.isAfter(task.deadline)));
        }
        return milestones;
    }

    /** Access for {@link PlanReplacement} and the other services of the module. */
    ProjectAccess access() {
        return access;
    }
}
