package org.lodestar.planning;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.lodestar.engine.level.Leveler;
import org.lodestar.engine.level.Leveling;
import org.lodestar.engine.level.RcpspProblem;
import org.lodestar.engine.schedule.ConstraintType;
import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.engine.schedule.LagUnit;
import org.lodestar.engine.schedule.Schedule;
import org.lodestar.engine.schedule.TimeAxis;
import org.lodestar.engine.schedule.WorkCalendar;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.planning.internal.DraftAssignment;
import org.lodestar.planning.internal.DraftLink;
import org.lodestar.planning.internal.DraftTask;
import org.lodestar.planning.internal.PlanDraft;
import org.lodestar.planning.internal.PlanStore;
import org.lodestar.portfolio.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resource leveling of one project's plan (issue 14), in Microsoft Project's manner: leveling delays on tasks, so
 * that the people assigned are not asked for more than they have, taking their work in other projects as fixed.
 * <p>The plan becomes an {@link RcpspProblem} in working days of the project's calendar: each working task an
 * activity (its span of working days; milestones 0), released at its unleveled start (which already holds its
 * predecessors, constraints and summary bounds), with its dependencies as finish-to-start precedences with lags (SS,
 * FF and SF rewritten as the equivalent finish-to-start lag; links on summaries stand for links on every working
 * task under them); each person or role assigned a resource with its capacity from the pool (FTE × 100 units).
 * Started tasks, tasks with a hard booking and tasks that must start or finish on a date are fixed: in delay-only
 * leveling the highest leveling priority, so the scheme places them first at their dates; in shortest-makespan
 * leveling reserved capacity at their dates, which no search moves. The same people's assignments in other
 * projects are reserved capacity in both modes.
 * <p>Preview writes nothing; apply recomputes the same leveling and writes every task's delay through the plan's one
 * audited path (refused with 409 when the plan changed since the preview); clear sets every delay back to 0.
 */
@Service
public class PlanLeveling {

    /** What leveling aims at: Project's delay-only leveling, or the shortest finish the search finds. */
    public enum Mode { DELAY_ONLY, SHORTEST_MAKESPAN }

    static final Duration TIME_LIMIT = Duration.ofSeconds(5);
    /**
     * The search's budget of schedules: the limit that ends it, so that apply recomputes exactly what the preview
     * showed (a search stopped by the clock would depend on the machine's speed, so it counts as stopped).
     */
    static final long SEARCH_SCHEDULES = 6_000;
    private static final int FIXED = 1000;
    private static final int DEFAULT_PRIORITY = 500;
    private static final int MAX_DAYS = 3000;
    private static final int MAX_WEEKS = 52;

    private final ProjectPlans plans;
    private final PlanStore store;
    private final ProjectAccess access;
    private final Calendars calendars;
    private final AssignableResources pool;

    PlanLeveling(ProjectPlans plans, PlanStore store, ProjectAccess access, Calendars calendars,
                 AssignableResources pool) {
        this.plans = plans;
        this.store = store;
        this.access = access;
        this.calendars = calendars;
        this.pool = pool;
    }

    /** The mode named ({@code DELAY_ONLY} when none); another is 400 naming {@code mode}. */
    public static Mode mode(String text) {
        if (text == null || text.isBlank()) return Mode.DELAY_ONLY;
        for (Mode mode : Mode.values()) if (mode.name().equalsIgnoreCase(text.strip())) return mode;
        throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("mode",
                "planning.leveling.validation.mode", text)));
    }

    /** The preview's version, which apply needs (400 naming {@code version} without it). */
    public static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("version",
                    "planning.leveling.validation.version")));
        }
        return version;
    }

    /** What leveling would do; nothing is written. Needs the plan's edit right. */
    @Transactional(readOnly = true)
    public LevelingPreview preview(ProjectId id, Mode mode) {
        access.editable(id);
        return run(id, mode, null, () -> false).preview;
    }

    /**
     * Levels the plan as the preview at {@code version} showed, in one transaction with its audit entries; refused
     * (409) when the plan changed since. Over the time limit or interrupted, nothing is written.
     */
    @Transactional
    public PlanView apply(ProjectId id, Mode mode, long version) {
        return apply(id, mode, version, () -> Thread.currentThread().isInterrupted());
    }

    /** The same, with what tells the run to stop (a test stands in for an interrupt). */
    PlanView apply(ProjectId id, Mode mode, long version, BooleanSupplier stop) {
        access.editable(id);
        Run run = run(id, mode, version, stop);
        return plans.setLevelingDelays(id, version, run.delays);
    }

    /** Clears leveling: every task's leveling delay back to 0, through the same audited path. */
    @Transactional
    public PlanView clear(ProjectId id, Long version) {
        access.editable(id);
        return plans.setLevelingDelays(id, version, Map.of());
    }

    // ---- The run ----------------------------------------------------------------------------------------------

    private record Run(LevelingPreview preview, Map<Long, Integer> delays) {
    }

    private Run run(ProjectId id, Mode mode, Long version, BooleanSupplier stop) {
        long began = System.nanoTime();
        ScheduledPlan current = plans.current(id);
        PlanDraft draft = current.draft;
        if (version != null && version != draft.version) {
            throw new StaleVersionException("plan of project " + id.value(), draft.version);
        }
        // Leveling starts from the plan without leveling (Project's "clear leveling values before leveling").
        PlanDraft unleveled = draft.copy();
        unleveled.tasks.forEach(task -> task.levelingDelay = 0);
        ScheduledPlan base = plans.schedule(unleveled);
        WorkCalendar calendar = calendars.engineCalendar(draft.calendar);
        int minutesPerDay = calendar.minutesPerDay();

        Set<Long> resourceIds = new LinkedHashSet<>();
        for (DraftTask task : draft.tasks) task.assignments.forEach(a -> resourceIds.add(a.resource));
        Map<Long, AssignableResources.Assignable> found = pool.find(resourceIds);
        Map<Long, Integer> capacity = new HashMap<>(pool.capacityUnits(resourceIds));
        resourceIds.removeIf(r -> !found.containsKey(r) || !found.get(r).works() || capacity.getOrDefault(r, 0) <= 0);

        Days days = new Days(calendar, TimeAxis.dateTime(base.schedule.projectStart()).toLocalDate(), MAX_DAYS);
        Map<Long, Map<LocalDate, Integer>> otherLoad = otherLoad(draft.project, resourceIds);

        // activities: the working tasks not complete
        int n = draft.tasks.size();
        int[] activity = new int[n];
        java.util.Arrays.fill(activity, -1);
        List<Integer> taskOf = new ArrayList<>();
        RcpspProblem.Builder problem = RcpspProblem.builder();
        Map<Long, Integer> resourceIndex = new LinkedHashMap<>();
        List<Long> resourceOf = new ArrayList<>();
        for (long r : resourceIds) {
            resourceIndex.put(r, problem.resource(found.get(r).name(), capacity.get(r)));
            resourceOf.add(r);
        }
        boolean[] fixed = new boolean[n];
        int[] release = new int[n];
        int[] span = new int[n];
        boolean pinFixed = mode == Mode.SHORTEST_MAKESPAN;
        // units reserved per resource and working day: other projects' work, and fixed tasks when they are pinned
        Map<Long, int[]> reserved = new HashMap<>();
        for (long r : resourceIds) reserved.put(r, new int[days.size()]);
        for (int i = 0; i < n; i++) {
            DraftTask task = draft.tasks.get(i);
            if (base.summary[i] || task.percentComplete >= 100 || task.actualFinish != null) continue;
            LocalDate start = date(base.schedule.start(i));
            LocalDate finish = date(base.schedule.finish(i));
            boolean milestone = task.duration == 0 && !task.elapsed;
            release[i] = days.index(start);
            span[i] = milestone ? 0 : Math.max(1, days.index(finish.plusDays(1)) - release[i]);
            ConstraintType constraint = ConstraintType.valueOf(task.constraintType);
            fixed[i] = task.actualStart != null || task.percentComplete > 0
                    || constraint == ConstraintType.MUST_START_ON || constraint == ConstraintType.MUST_FINISH_ON
                    || task.assignments.stream().anyMatch(a -> "HARD".equals(a.booking));
            if (fixed[i] && pinFixed) {
                for (DraftAssignment assignment : task.assignments) {
                    int[] perDay = reserved.get(assignment.resource);
                    for (int d = release[i]; perDay != null && d < Math.min(release[i] + span[i], perDay.length); d++) {
                        perDay[d] += assignment.units;
                    }
                }
                continue;
            }
            int a = problem.activity(task.name, span[i]);
            activity[i] = a;
            taskOf.add(i);
            problem.release(a, release[i]);
            problem.priority(a, fixed[i] ? FIXED : DEFAULT_PRIORITY);
            if (task.deadline != null) problem.deadline(a, days.index(task.deadline.toLocalDate().plusDays(1)));
            for (DraftAssignment assignment : task.assignments) {
                Integer r = resourceIndex.get(assignment.resource);
                if (r != null && span[i] > 0) {
                    problem.demand(a, r, Math.min(assignment.units, capacity.get(assignment.resource)));
                }
            }
        }
        // dependencies, summaries standing for the working tasks under them
        Map<DraftTask, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) index.put(draft.tasks.get(i), i);
        Set<Long> seen = new java.util.HashSet<>();
        for (DraftLink link : draft.links) {
            for (int p : leaves(draft, base, index, link.predecessor)) {
                for (int s : leaves(draft, base, index, link.successor)) {
                    if (activity[p] < 0 || activity[s] < 0 || p == s) continue;
                    int lag = lagDays(link, span[p], minutesPerDay);
                    int fsLag = switch (link.type) {
                        case FS -> lag;
                        case SS -> lag - span[p];
                        case FF -> lag - span[s];
                        case SF -> lag - span[p] - span[s];
                    };
                    if (seen.add(((long) p << 32) | s)) problem.precedence(activity[p], activity[s], fsLag);
                }
            }
        }
        // other projects' work and pinned tasks: capacity reserved per person and run of days with the same load
        for (long r : resourceIds) {
            int[] perDay = reserved.get(r);
            otherLoad.getOrDefault(r, Map.of()).forEach((day, units) -> {
                int d = days.exactIndex(day);
                if (d >= 0) perDay[d] += units;
            });
            int cap = capacity.get(r);
            for (int d = 0; d < perDay.length; ) {
                int units = Math.min(perDay[d], cap);
                int end = d + 1;
                while (end < perDay.length && Math.min(perDay[end], cap) == units) end++;
                if (units > 0) problem.reserve(resourceIndex.get(r), d, end, units);
                d = end;
            }
        }
        if (stop.getAsBoolean()) throw stopped(id);
        RcpspProblem built = problem.build();
        Duration left = TIME_LIMIT.minusNanos(System.nanoTime() - began);
        if (left.isNegative() || left.isZero()) throw stopped(id);
        Leveling leveling = mode == Mode.DELAY_ONLY
                ? Leveler.level(built, Leveler.Mode.DELAY_ONLY, left, 1)
                : Leveler.level(built, Leveler.Mode.SHORTEST_MAKESPAN, left, SEARCH_SCHEDULES, 1);
        if (stop.getAsBoolean() || System.nanoTime() - began > TIME_LIMIT.toNanos()) throw stopped(id);

        // each task's delay: its leveled start less the earliest its (leveled) predecessors and release allow
        Map<Long, Integer> delays = new HashMap<>();
        Map<Integer, Integer> delayDays = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int a = activity[i];
            if (a < 0 || fixed[i]) continue;
            int earliest = release[i];
            int[] predecessors = built.predecessors(a);
            for (int k = 0; k < predecessors.length; k++) {
                int p = predecessors[k];
                earliest = Math.max(earliest, leveling.start(p) + built.duration(p) + built.predecessorLag(a, k));
            }
            int delay = Math.max(0, leveling.start(a) - earliest);
            if (delay > 0) {
                delays.put(draft.tasks.get(i).id, delay * minutesPerDay);
                delayDays.put(i, delay);
            }
        }
        PlanDraft leveled = draft.copy();
        for (DraftTask task : leveled.tasks) task.levelingDelay = delays.getOrDefault(task.id, 0);
        ScheduledPlan after = plans.schedule(leveled);

        // moves, with why
        Map<Integer, Leveling.Move> movesByActivity = new HashMap<>();
        for (Leveling.Move move : leveling.moves()) movesByActivity.put(move.activity(), move);
        TimeUnits units = plans.units(draft);
        List<LevelingPreview.Move> moves = new ArrayList<>();
        List<LevelingPreview.Miss> misses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (current.summary[i]) continue;
            DraftTask task = draft.tasks.get(i);
            int from = current.schedule.start(i);
            int to = after.schedule.start(i);
            int moved = workingDays(calendar, from, to, minutesPerDay);
            if (moved != 0) {
                Leveling.Move why = activity[i] < 0 ? null : movesByActivity.get(activity[i]);
                List<String> people = new ArrayList<>();
                String pushedBy = null;
                if (why != null) {
                    for (int r : why.resources()) people.add(found.get(resourceOf.get(r)).name());
                    if (why.pushedBy() >= 0 && why.pushedBy() < taskOf.size()) {
                        pushedBy = draft.tasks.get(taskOf.get(why.pushedBy())).name;
                    }
                }
                Integer delay = delayDays.get(i);
                moves.add(new LevelingPreview.Move(task.id, i + 1, task.name, PlanTimes.text(from), PlanTimes.text(to),
                        moved, delay == null ? "" : DurationText.format(delay * minutesPerDay, false, "d", units),
                        people, pushedBy));
                if (fixed[i] && task.assignments.stream().anyMatch(a -> "HARD".equals(a.booking))) {
                    misses.add(new LevelingPreview.Miss(task.id, i + 1, task.name, "HARD_BOOKING",
                            PlanTimes.text(from), moved));
                }
            }
            if (task.deadline != null && task.percentComplete < 100) {
                int finish = after.schedule.finish(i);
                int deadline = TimeAxis.minute(task.deadline);
                if (finish > deadline) {
                    misses.add(new LevelingPreview.Miss(task.id, i + 1, task.name, "DEADLINE",
                            PlanTimes.date(task.deadline), Math.max(1, workingDays(calendar, deadline, finish, minutesPerDay))));
                }
            }
        }

        // the people's load per week, before and after, other projects included
        LocalDate first = date(Math.min(current.schedule.projectStart(), after.schedule.projectStart()))
                .with(DayOfWeek.MONDAY);
        LocalDate last = date(Math.max(current.schedule.projectFinish(), after.schedule.projectFinish()));
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last) && mondays.size() < MAX_WEEKS; monday = monday.plusWeeks(1)) {
            mondays.add(monday);
        }
        Map<Long, Map<LocalDate, Integer>> before = load(current, resourceIds, calendar);
        Map<Long, Map<LocalDate, Integer>> afterLoad = load(after, resourceIds, calendar);
        List<LevelingPreview.PersonLoad> people = new ArrayList<>();
        for (long r : resourceIds) {
            Map<LocalDate, Integer> other = otherLoad.getOrDefault(r, Map.of());
            people.add(new LevelingPreview.PersonLoad(r, found.get(r).name(),
                    weekly(mondays, calendar, capacity.get(r), before.getOrDefault(r, Map.of()), other),
                    weekly(mondays, calendar, capacity.get(r), afterLoad.getOrDefault(r, Map.of()), other)));
        }
        people.sort(java.util.Comparator.comparing(LevelingPreview.PersonLoad::name));

        String finishBefore = PlanTimes.text(current.schedule.projectFinish());
        String finishAfter = PlanTimes.text(after.schedule.projectFinish());
        LevelingPreview preview = new LevelingPreview(draft.project, draft.version, mode.name(), finishBefore,
                finishAfter, moves, misses, mondays.stream().map(LocalDate::toString).toList(), people);
        return new Run(preview, delays);
    }

    private static ConflictException stopped(ProjectId id) {
        return new ConflictException("planning.leveling.stopped", new Object[0], Map.of("project", id.value()),
                "leveling of project " + id.value() + " stopped before it finished: nothing was written");
    }

    private static LocalDate date(int minute) {
        return TimeAxis.dateTime(minute).toLocalDate();
    }

    /** Working days of the calendar from one instant to another (negative when earlier), rounded to the nearest. */
    private static int workingDays(WorkCalendar calendar, int from, int to, int minutesPerDay) {
        if (from == to) return 0;
        int minutes = from < to ? calendar.workingMinutesBetween(from, to) : -calendar.workingMinutesBetween(to, from);
        return Math.round((float) minutes / minutesPerDay);
    }

    /** A link's lag in working days of the project's calendar (a lead is negative), rounded away from zero. */
    private static int lagDays(DraftLink link, int predecessorDays, int minutesPerDay) {
        double days = switch (link.lagUnit) {
            case WORKING -> (double) link.lag / minutesPerDay;
            case ELAPSED -> link.lag / 1440.0 * 5 / 7;
            case PERCENT -> link.lag / 10000.0 * predecessorDays;
        };
        return (int) (days >= 0 ? Math.ceil(days - 1e-9) : Math.floor(days + 1e-9));
    }

    /** The working tasks a task stands for in a dependency: itself, or every working task under a summary. */
    private static List<Integer> leaves(PlanDraft draft, ScheduledPlan base, Map<DraftTask, Integer> index, DraftTask task) {
        int i = index.get(task);
        if (!base.summary[i]) return List.of(i);
        List<Integer> leaves = new ArrayList<>();
        for (DraftTask under : draft.subtree(task)) {
            int j = index.get(under);
            if (!base.summary[j]) leaves.add(j);
        }
        return leaves;
    }

    /** Units asked of each resource on each working day by a scheduled plan's working tasks not complete. */
    private static Map<Long, Map<LocalDate, Integer>> load(ScheduledPlan scheduled, Set<Long> resources,
                                                         WorkCalendar calendar) {
        Map<Long, Map<LocalDate, Integer>> load = new HashMap<>();
        PlanDraft draft = scheduled.draft;
        for (int i = 0; i < draft.tasks.size(); i++) {
            DraftTask task = draft.tasks.get(i);
            if (scheduled.summary[i] || task.assignments.isEmpty() || task.percentComplete >= 100) continue;
            if (task.duration == 0 && !task.elapsed) continue;
            LocalDate start = date(scheduled.schedule.start(i));
            LocalDate finish = date(scheduled.schedule.finish(i));
            for (DraftAssignment assignment : task.assignments) {
                if (!resources.contains(assignment.resource)) continue;
                Map<LocalDate, Integer> days = load.computeIfAbsent(assignment.resource, r -> new TreeMap<>());
                for (LocalDate day = start; !day.isAfter(finish); day = day.plusDays(1)) {
                    if (calendar.isWorking(day)) days.merge(day, assignment.units, Integer::sum);
                }
            }
        }
        return load;
    }

    /** The same resources' load from every other project's plan, each scheduled as it stands. */
    private Map<Long, Map<LocalDate, Integer>> otherLoad(long project, Set<Long> resources) {
        Map<Long, Map<LocalDate, Integer>> load = new HashMap<>();
        for (long other : store.projectsAssigning(resources, project)) {
            PlanDraft draft = store.load(other).orElse(null);
            if (draft == null) continue;
            ScheduledPlan scheduled = plans.schedule(draft);
            load(scheduled, resources, calendars.engineCalendar(draft.calendar)).forEach((r, days) ->
                    days.forEach((day, units) -> load.computeIfAbsent(r, x -> new TreeMap<>()).merge(day, units, Integer::sum)));
        }
        return load;
    }

    /** Percent of capacity per week: units asked on the week's working days over capacity × those days. */
    private static List<Integer> weekly(List<LocalDate> mondays, WorkCalendar calendar, int capacity,
                                        Map<LocalDate, Integer> own, Map<LocalDate, Integer> other) {
        List<Integer> weeks = new ArrayList<>();
        for (LocalDate monday : mondays) {
            long asked = 0;
            int working = 0;
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                if (!calendar.isWorking(day)) continue;
                working++;
                asked += own.getOrDefault(day, 0) + other.getOrDefault(day, 0);
            }
            weeks.add(working == 0 ? 0 : (int) Math.round(asked * 100.0 / ((long) capacity * working)));
        }
        return Collections.unmodifiableList(weeks);
    }

    /** The working days of the project's calendar from its start, as leveling's time units. */
    private static final class Days {
        private final List<LocalDate> days = new ArrayList<>();
        private final Map<LocalDate, Integer> index = new HashMap<>();

        Days(WorkCalendar calendar, LocalDate from, int count) {
            LocalDate day = from;
            for (int guard = 0; days.size() < count && guard < count * 7; guard++, day = day.plusDays(1)) {
                if (calendar.isWorking(day)) {
                    index.put(day, days.size());
                    days.add(day);
                }
            }
        }

        int size() {
            return days.size();
        }

        /** The index of the first working day on or after the date (0 before the start, size() past the end). */
        int index(LocalDate date) {
            int found = Collections.binarySearch(days, date);
            return found >= 0 ? found : -found - 1;
        }

        /** The index of a working day, or -1 when it is not one in range. */
        int exactIndex(LocalDate date) {
            return index.getOrDefault(date, -1);
        }
    }
}
