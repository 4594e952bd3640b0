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
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.Rights;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.planning.internal.DraftAssignment;
import org.lodestar.planning.internal.DraftLink;
import org.lodestar.planning.internal.DraftTask;
import org.lodestar.planning.internal.PlanDraft;
import org.lodestar.planning.internal.PlanStore;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.Priority;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.portfolio.ProjectView;
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
    /** A portfolio's projects leveled together (issue 14's scale: 1,000 projects in under 30 s). */
    static final Duration PORTFOLIO_TIME_LIMIT = Duration.ofSeconds(30);
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
    private final PortfolioRegistry portfolios;
    private final CurrentUser currentUser;

    PlanLeveling(ProjectPlans plans, PlanStore store, ProjectAccess access, Calendars calendars,
                 AssignableResources pool, PortfolioRegistry portfolios, CurrentUser currentUser) {
        this.portfolios = portfolios;
        this.currentUser = currentUser;
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
        // the run checks the edit right before it reads anything
        return run(List.of(id), mode, null, () -> false, TIME_LIMIT).single(mode);
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
        Run run = run(List.of(id), mode, Map.of(id.value(), version), stop, TIME_LIMIT);
        return plans.setLevelingDelays(id, version, run.projects.get(0).delays());
    }

    /** Clears leveling: every task's leveling delay back to 0, through the same audited path. */
    @Transactional
    public PlanView clear(ProjectId id, Long version) {
        access.editable(id);
        return plans.setLevelingDelays(id, version, Map.of());
    }

    /**
     * What leveling a portfolio's projects together would do; nothing is written. For those who manage the
     * portfolio (403 for others). The projects leveled are the active ones of the portfolio whose plans the reader
     * may edit and assign someone; every other project's work is fixed load. In delay-only leveling a project's
     * priority orders its tasks (critical first).
     */
    @Transactional(readOnly = true)
    public PortfolioLevelingPreview previewPortfolio(long portfolioId, Mode mode) {
        List<ProjectId> scope = scope(portfolioId);
        return run(scope, mode, null, () -> false, PORTFOLIO_TIME_LIMIT).portfolio(portfolioId, mode);
    }

    /**
     * Levels the portfolio as the preview showed: {@code versions} holds each leveled project's plan version from
     * the preview; a plan changed since, or a project that joined or left the leveling since, is 409 and nothing is
     * written. Every plan's delays are written through its own audited path, all in one transaction.
     */
    @Transactional
    public PortfolioLevelingPreview applyPortfolio(long portfolioId, Mode mode, Map<Long, Long> versions) {
        List<ProjectId> scope = scope(portfolioId);
        Set<Long> ids = new java.util.TreeSet<>();
        scope.forEach(id -> ids.add(id.value()));
        if (versions == null || !ids.equals(new java.util.TreeSet<>(versions.keySet()))) {
            throw new ConflictException("planning.leveling.portfolioChanged", new Object[0],
                    Map.of("portfolio", portfolioId), "the projects leveled in portfolio " + portfolioId
                    + " changed since the preview");
        }
        Run run = run(scope, mode, versions, () -> Thread.currentThread().isInterrupted(), PORTFOLIO_TIME_LIMIT);
        for (Outcome outcome : run.projects) {
            plans.setLevelingDelays(new ProjectId(outcome.projectId()), versions.get(outcome.projectId()),
                    outcome.delays());
        }
        return run.portfolio(portfolioId, mode);
    }

    /**
     * Refuses (403) whoever may not level the portfolio: it is for those who manage it (its managers, the PMO,
     * administrators); 404 when there is no such portfolio.
     */
    @Transactional(readOnly = true)
    public void authorisePortfolio(long portfolioId) {
        access.requireDetailReader();
        Rights.require(portfolios.portfolio(portfolioId).editable(), currentUser.actor(), "level the portfolio");
    }

    /** The portfolio's active projects whose plans the reader may edit and that assign someone, by code. */
    private List<ProjectId> scope(long portfolioId) {
        authorisePortfolio(portfolioId);
        List<Long> editable = access.projects(portfolioId).stream()
                .filter(row -> row.state() == ProjectState.ACTIVE && access.mayEdit(new ProjectId(row.id())))
                .map(ProjectRow::id).toList();
        Set<Long> assigning = store.withAssignments(editable);
        return editable.stream().filter(assigning::contains).map(ProjectId::new).toList();
    }

    // ---- The run ----------------------------------------------------------------------------------------------

    /** One leveled project's outcome: what the preview shows of it, and the delays to write. */
    private record Outcome(long projectId, String code, String name, int priority, long version, String finishBefore,
                           String finishAfter, List<LevelingPreview.Move> moves, List<LevelingPreview.Miss> misses,
                           Map<Long, Integer> delays) {
    }

    private record Run(List<Outcome> projects, List<String> weeks, List<LevelingPreview.PersonLoad> people) {

        LevelingPreview single(Mode mode) {
            Outcome only = projects.get(0);
            return new LevelingPreview(only.projectId(), only.version(), mode.name(), only.finishBefore(),
                    only.finishAfter(), only.moves(), only.misses(), weeks, people);
        }

        PortfolioLevelingPreview portfolio(long portfolioId, Mode mode) {
            return new PortfolioLevelingPreview(portfolioId, mode.name(), projects.stream().map(o ->
                    new PortfolioLevelingPreview.Project(o.projectId(), o.code(), o.name(), o.version(),
                            o.finishBefore(), o.finishAfter(), o.moves(), o.misses())).toList(), weeks, people);
        }
    }

    /** One plan in the run: its schedules and the activities its tasks became. */
    private static final class Part {
        ProjectView project;
        ScheduledPlan current;
        PlanDraft draft;
        ScheduledPlan base;
        WorkCalendar calendar;
        int minutesPerDay;
        int priority;
        int[] activity;
        boolean[] fixed;
        int[] release;
        int[] span;
    }

    private Run run(List<ProjectId> ids, Mode mode, Map<Long, Long> versions, BooleanSupplier stop, Duration limit) {
        long began = System.nanoTime();
        List<Part> parts = new ArrayList<>();
        for (ProjectId id : ids) {
            Part part = new Part();
            part.project = access.editable(id);
            part.current = plans.current(id);
            part.draft = part.current.draft;
            Long version = versions == null ? null : versions.get(id.value());
            if (version != null && version != part.draft.version) {
                throw new StaleVersionException("plan of project " + id.value(), part.draft.version);
            }
            // Leveling starts from the plan without leveling (Project's "clear leveling values before leveling").
            PlanDraft unleveled = part.draft.copy();
            unleveled.tasks.forEach(task -> task.levelingDelay = 0);
            part.base = plans.schedule(unleveled);
            part.calendar = calendars.engineCalendar(part.draft.calendar);
            part.minutesPerDay = part.calendar.minutesPerDay();
            part.priority = ids.size() == 1 ? DEFAULT_PRIORITY : priority(part.project.priority());
            parts.add(part);
        }
        Set<Long> scope = new java.util.HashSet<>();
        ids.forEach(id -> scope.add(id.value()));

        Set<Long> resourceIds = new LinkedHashSet<>();
        for (Part part : parts) for (DraftTask task : part.draft.tasks) task.assignments.forEach(a -> resourceIds.add(a.resource));
        Map<Long, AssignableResources.Assignable> found = pool.find(resourceIds);
        Map<Long, Integer> capacity = new HashMap<>(pool.capacityUnits(resourceIds));
        resourceIds.removeIf(r -> !found.containsKey(r) || !found.get(r).works() || capacity.getOrDefault(r, 0) <= 0);

        // the time unit: a working day of the plan's calendar; with several plans, a day any of them works
        java.util.function.Predicate<LocalDate> working = day -> parts.stream().anyMatch(p -> p.calendar.isWorking(day));
        LocalDate firstStart = parts.stream().map(p -> date(p.base.schedule.projectStart())).min(LocalDate::compareTo)
                .orElse(LocalDate.now());
        Days days = new Days(working, firstStart, MAX_DAYS);
        Map<Long, Map<LocalDate, Integer>> otherLoad = otherLoad(scope, resourceIds);

        RcpspProblem.Builder problem = RcpspProblem.builder();
        Map<Long, Integer> resourceIndex = new LinkedHashMap<>();
        List<Long> resourceOf = new ArrayList<>();
        for (long r : resourceIds) {
            resourceIndex.put(r, problem.resource(found.get(r).name(), capacity.get(r)));
            resourceOf.add(r);
        }
        boolean pinFixed = mode == Mode.SHORTEST_MAKESPAN;
        // units reserved per resource and working day: other projects' work, and fixed tasks when they are pinned
        Map<Long, int[]> reserved = new HashMap<>();
        for (long r : resourceIds) reserved.put(r, new int[days.size()]);
        // activities: the working tasks not complete; activityOwner names each one's plan and task
        List<int[]> activityOwner = new ArrayList<>();
        for (int pi = 0; pi < parts.size(); pi++) {
            Part part = parts.get(pi);
            PlanDraft draft = part.draft;
            int n = draft.tasks.size();
            part.activity = new int[n];
            java.util.Arrays.fill(part.activity, -1);
            part.fixed = new boolean[n];
            part.release = new int[n];
            part.span = new int[n];
            for (int i = 0; i < n; i++) {
                DraftTask task = draft.tasks.get(i);
                if (part.base.summary[i] || task.percentComplete >= 100 || task.actualFinish != null) continue;
                LocalDate start = date(part.base.schedule.start(i));
                LocalDate finish = date(part.base.schedule.finish(i));
                boolean milestone = task.duration == 0 && !task.elapsed;
                part.release[i] = days.index(start);
                part.span[i] = milestone ? 0 : Math.max(1, days.index(finish.plusDays(1)) - part.release[i]);
                ConstraintType constraint = ConstraintType.valueOf(task.constraintType);
                part.fixed[i] = task.actualStart != null || task.percentComplete > 0
                        || constraint == ConstraintType.MUST_START_ON || constraint == ConstraintType.MUST_FINISH_ON
                        || task.assignments.stream().anyMatch(a -> "HARD".equals(a.booking));
                if (part.fixed[i] && pinFixed) {
                    for (DraftAssignment assignment : task.assignments) {
                        int[] perDay = reserved.get(assignment.resource);
                        int until = Math.min(part.release[i] + part.span[i], days.size());
                        for (int d = part.release[i]; perDay != null && d < until; d++) perDay[d] += assignment.units;
                    }
                    continue;
                }
                int a = problem.activity(draft.project + ":" + task.name, part.span[i]);
                part.activity[i] = a;
                activityOwner.add(new int[] {pi, i});
                problem.release(a, part.release[i]);
                problem.priority(a, part.fixed[i] ? FIXED : part.priority);
                if (task.deadline != null) problem.deadline(a, days.index(task.deadline.toLocalDate().plusDays(1)));
                for (DraftAssignment assignment : task.assignments) {
                    Integer r = resourceIndex.get(assignment.resource);
                    if (r != null && part.span[i] > 0) {
                        problem.demand(a, r, Math.min(assignment.units, capacity.get(assignment.resource)));
                    }
                }
            }
            // dependencies, summaries standing for the working tasks under them
            Map<DraftTask, Integer> index = new IdentityHashMap<>();
            for (int i = 0; i < n; i++) index.put(draft.tasks.get(i), i);
            Set<Long> seen = new java.util.HashSet<>();
            for (DraftLink link : draft.links) {
                for (int p : leaves(draft, part.base, index, link.predecessor)) {
                    for (int q : leaves(draft, part.base, index, link.successor)) {
                        if (part.activity[p] < 0 || part.activity[q] < 0 || p == q) continue;
                        int lag = lagDays(link, part.span[p], part.minutesPerDay);
                        int fsLag = switch (link.type) {
                            case FS -> lag;
                            case SS -> lag - part.span[p];
                            case FF -> lag - part.span[q];
                            case SF -> lag - part.span[p] - part.span[q];
                        };
                        if (seen.add(((long) p << 32) | q)) problem.precedence(part.activity[p], part.activity[q], fsLag);
                    }
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
        if (stop.getAsBoolean()) throw stopped(ids);
        RcpspProblem built = problem.build();
        Duration left = limit.minusNanos(System.nanoTime() - began);
        if (left.isNegative() || left.isZero()) throw stopped(ids);
        Leveling leveling = mode == Mode.DELAY_ONLY
                ? Leveler.level(built, Leveler.Mode.DELAY_ONLY, left, 1)
                : Leveler.level(built, Leveler.Mode.SHORTEST_MAKESPAN, left, SEARCH_SCHEDULES, 1);
        if (stop.getAsBoolean() || System.nanoTime() - began > limit.toNanos()) throw stopped(ids);
        Map<Integer, Leveling.Move> movesByActivity = new HashMap<>();
        for (Leveling.Move move : leveling.moves()) movesByActivity.put(move.activity(), move);

        List<Outcome> outcomes = new ArrayList<>();
        Map<Long, Map<LocalDate, Integer>> before = new HashMap<>();
        Map<Long, Map<LocalDate, Integer>> afterLoad = new HashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        for (Part part : parts) {
            PlanDraft draft = part.draft;
            int n = draft.tasks.size();
            // each task's delay: its leveled start less the earliest its (leveled) predecessors and release allow
            Map<Long, Integer> delays = new HashMap<>();
            Map<Integer, Integer> delayDays = new HashMap<>();
            for (int i = 0; i < n; i++) {
                int a = part.activity[i];
                if (a < 0 || part.fixed[i]) continue;
                int earliest = part.release[i];
                int[] predecessors = built.predecessors(a);
                for (int k = 0; k < predecessors.length; k++) {
                    int p = predecessors[k];
                    earliest = Math.max(earliest, leveling.start(p) + built.duration(p) + built.predecessorLag(a, k));
                }
                int delay = Math.max(0, leveling.start(a) - earliest);
                if (delay > 0) {
                    delays.put(draft.tasks.get(i).id, delay * part.minutesPerDay);
                    delayDays.put(i, delay);
                }
            }
            PlanDraft leveled = draft.copy();
            for (DraftTask task : leveled.tasks) task.levelingDelay = delays.getOrDefault(task.id, 0);
            ScheduledPlan after = plans.schedule(leveled);

            // moves, with why
            TimeUnits units = plans.units(draft);
            List<LevelingPreview.Move> moves = new ArrayList<>();
            List<LevelingPreview.Miss> misses = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (part.current.summary[i]) continue;
                DraftTask task = draft.tasks.get(i);
                int from = part.current.schedule.start(i);
                int to = after.schedule.start(i);
                int moved = workingDays(part.calendar, from, to, part.minutesPerDay);
                if (moved != 0) {
                    Leveling.Move why = part.activity[i] < 0 ? null : movesByActivity.get(part.activity[i]);
                    List<String> people = new ArrayList<>();
                    String pushedBy = null;
                    if (why != null) {
                        for (int r : why.resources()) people.add(found.get(resourceOf.get(r)).name());
                        if (why.pushedBy() >= 0 && why.pushedBy() < activityOwner.size()) {
                            int[] owner = activityOwner.get(why.pushedBy());
                            pushedBy = parts.get(owner[0]).draft.tasks.get(owner[1]).name;
                        }
                    }
                    Integer delay = delayDays.get(i);
                    moves.add(new LevelingPreview.Move(task.id, i + 1, task.name, PlanTimes.text(from),
                            PlanTimes.text(to), moved, delay == null ? ""
                            : DurationText.format(delay * part.minutesPerDay, false, "d", units), people, pushedBy));
                    if (part.fixed[i] && task.assignments.stream().anyMatch(a -> "HARD".equals(a.booking))) {
                        misses.add(new LevelingPreview.Miss(task.id, i + 1, task.name, "HARD_BOOKING",
                                PlanTimes.text(from), moved));
                    }
                }
                if (task.deadline != null && task.percentComplete < 100) {
                    int finish = after.schedule.finish(i);
                    int deadline = TimeAxis.minute(task.deadline);
                    if (finish > deadline) {
                        misses.add(new LevelingPreview.Miss(task.id, i + 1, task.name, "DEADLINE",
                                PlanTimes.date(task.deadline), Math.max(1, workingDays(part.calendar, deadline, finish,
                                part.minutesPerDay))));
                    }
                }
            }
            outcomes.add(new Outcome(draft.project, part.project.code(), part.project.name(), part.priority,
                    draft.version, PlanTimes.text(part.current.schedule.projectFinish()),
                    PlanTimes.text(after.schedule.projectFinish()), moves, misses, delays));
            merge(before, load(part.current, resourceIds, part.calendar));
            merge(afterLoad, load(after, resourceIds, part.calendar));
            LocalDate start = date(Math.min(part.current.schedule.projectStart(), after.schedule.projectStart()));
            LocalDate finish = date(Math.max(part.current.schedule.projectFinish(), after.schedule.projectFinish()));
            first = first == null || start.isBefore(first) ? start : first;
            last = last == null || finish.isAfter(last) ? finish : last;
        }

        // the people's load per week, before and after, other projects included
        List<LocalDate> mondays = new ArrayList<>();
        if (first != null) {
            for (LocalDate monday = first.with(DayOfWeek.MONDAY); !monday.isAfter(last) && mondays.size() < MAX_WEEKS;
                 monday = monday.plusWeeks(1)) {
                mondays.add(monday);
            }
        }
        List<LevelingPreview.PersonLoad> people = new ArrayList<>();
        for (long r : resourceIds) {
            Map<LocalDate, Integer> other = otherLoad.getOrDefault(r, Map.of());
            people.add(new LevelingPreview.PersonLoad(r, found.get(r).name(),
                    weekly(mondays, working, capacity.get(r), before.getOrDefault(r, Map.of()), other),
                    weekly(mondays, working, capacity.get(r), afterLoad.getOrDefault(r, Map.of()), other)));
        }
        people.sort(java.util.Comparator.comparing(LevelingPreview.PersonLoad::name));
        return new Run(outcomes, mondays.stream().map(LocalDate::toString).toList(), people);
    }

    /** Project's leveling priority (0-1000) from the registry's priority: Microsoft Project's multi-project use. */
    private static int priority(Priority priority) {
        if (priority == null) return DEFAULT_PRIORITY;
        return switch (priority) {
            case CRITICAL -> 800;
            case HIGH -> 650;
            case MEDIUM -> DEFAULT_PRIORITY;
            case LOW -> 300;
        };
    }

    private static void merge(Map<Long, Map<LocalDate, Integer>> into, Map<Long, Map<LocalDate, Integer>> load) {
        load.forEach((r, days) -> days.forEach((day, units) ->
                into.computeIfAbsent(r, x -> new TreeMap<>()).merge(day, units, Integer::sum)));
    }

    private static ConflictException stopped(List<ProjectId> ids) {
        List<Long> projects = ids.stream().map(ProjectId::value).toList();
        return new ConflictException("planning.leveling.stopped", new Object[0],
                Map.of("project", projects.size() == 1 ? projects.get(0) : projects),
                "leveling of project(s) " + projects + " stopped before it finished: nothing was written");
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

    /** The same resources' load from every plan outside the leveling, each scheduled as it stands. */
    private Map<Long, Map<LocalDate, Integer>> otherLoad(Set<Long> leveled, Set<Long> resources) {
        Map<Long, Map<LocalDate, Integer>> load = new HashMap<>();
        for (long other : store.projectsAssigning(resources)) {
            if (leveled.contains(other)) continue;
            PlanDraft draft = store.load(other).orElse(null);
            if (draft == null) continue;
            ScheduledPlan scheduled = plans.schedule(draft);
            load(scheduled, resources, calendars.engineCalendar(draft.calendar)).forEach((r, days) ->
                    days.forEach((day, units) -> load.computeIfAbsent(r, x -> new TreeMap<>()).merge(day, units, Integer::sum)));
        }
        return load;
    }

    /** Percent of capacity per week: units asked on the week's working days over capacity × those days. */
    private static List<Integer> weekly(List<LocalDate> mondays, java.util.function.Predicate<LocalDate> working,
                                        int capacity,
                                        Map<LocalDate, Integer> own, Map<LocalDate, Integer> other) {
        List<Integer> weeks = new ArrayList<>();
        for (LocalDate monday : mondays) {
            long asked = 0;
            int workingDays = 0;
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                if (!working.test(day)) continue;
                workingDays++;
                asked += own.getOrDefault(day, 0) + other.getOrDefault(day, 0);
            }
            weeks.add(workingDays == 0 ? 0 : (int) Math.round(asked * 100.0 / ((long) capacity * workingDays)));
        }
        return Collections.unmodifiableList(weeks);
    }

    /** The working days of the project's calendar from its start, as leveling's time units. */
    private static final class Days {
        private final List<LocalDate> days = new ArrayList<>();
        private final Map<LocalDate, Integer> index = new HashMap<>();

        Days(java.util.function.Predicate<LocalDate> working, LocalDate from, int count) {
            LocalDate day = from;
            for (int guard = 0; days.size() < count && guard < count * 7; guard++, day = day.plusDays(1)) {
                if (working.test(day)) {
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
