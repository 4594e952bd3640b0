package org.lodestar.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lodestar.planning.PlanView;
import org.lodestar.planning.ProjectPlans;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.resources.AllocationView;
import org.lodestar.resources.ResourceAllocations;
import org.lodestar.resources.ResourceKind;
import org.lodestar.resources.ResourcePool;
import org.lodestar.resources.ResourceView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the demo pool, its allocations and the timesheets, the demo plans' task assignments (issue 14): on several
 * active projects, the coming tasks that no one has started get the person named on the project's allocation of
 * the task's role (by phase: analysts on Analysis, developers on Build, testers on Test...), at that allocation's
 * FTE as units, never two of one person's tasks in one project on the same day, so the plan replaces the coarse
 * allocation without asking anyone for more than it did. One exception makes the story the heatmap and leveling
 * tell: {@link #OVER_ALLOCATED} (a tester without allocations) is assigned to two overlapping test tasks of one
 * project in the coming weeks, and is over-allocated there until that project's plan is leveled. Written as the
 * PMO (the demo's team members mostly have no sign-in, so not every manager could), in one transaction, once: into
 * a database whose active demo plans have no assignments.
 */
@Component
@Order(AssignmentsDemo.DEMO_ORDER)
class AssignmentsDemo implements ApplicationRunner {

    /** After the pool and allocations (27) and the timesheets (28), whose progress it sees. */
    static final int DEMO_ORDER = TimesheetDemo.DEMO_ORDER + 1;
    /** The person over-allocated by two overlapping test tasks of one project, until leveling resolves it. */
    static final String OVER_ALLOCATED = "Paul Fischer";
    /** The phase whose overlapping tasks make the over-allocation. */
    static final String CONFLICT_PHASE = "Test";
    static final String PLANNER = "pmo";
    /** How many projects get assignments besides the one of the over-allocation. */
    static final int PROJECTS = 7;
    /** The over-allocated person's units on each of the two tasks: most of their day, so that one task fits. */
    private static final int CONFLICT_UNITS = 90;

    private static final Logger log = LoggerFactory.getLogger(AssignmentsDemo.class);

    /** The role a task asks, by its name where it says, else by its phase (the top-level summary's name). */
    private static final Map<String, String> BY_TASK = Map.ofEntries(
            Map.entry("User experience design", "UX designer"),
            Map.entry("Data model", "Data engineer"),
            Map.entry("Data migration analysis", "Data engineer"),
            Map.entry("Data migration scripts", "Data engineer"),
            Map.entry("Data migration", "Data engineer"),
            Map.entry("Test strategy", "Tester"),
            Map.entry("Training material", "Change manager"),
            Map.entry("End-user training", "Change manager"));
    private static final Map<String, String> BY_PHASE = Map.of(
            "Initiation", "Project manager", "Analysis", "Business analyst", "Design", "Architect",
            "Build", "Developer", "Test", "Tester", "Deployment", "Change manager", "Closure", "Project manager");

    private final ProjectPlans plans;
    private final ResourcePool pool;
    private final ResourceAllocations allocations;
    private final ProjectRegistry projects;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    AssignmentsDemo(ProjectPlans plans, ResourcePool pool, ResourceAllocations allocations, ProjectRegistry projects,
                    People people, RunAs runAs, TransactionTemplate transaction, Clock clock,
                    @Value("${lodestar.demo}") boolean demo) {
        this.plans = plans;
        this.pool = pool;
        this.allocations = allocations;
        this.projects = projects;
        this.people = people;
        this.runAs = runAs;
        this.transaction = transaction;
        this.clock = clock;
        this.demo = demo;
    }

    /** What was written: the assignments, and the project and tasks of the over-allocation (null when none fits). */
    record Made(int assignments, int projects, String conflictProject, List<String> conflictTasks) {
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo || people.isEmpty()) return;
        Made made = transaction.execute(status -> runAs.call(PLANNER, () -> assign(LocalDate.now(clock))));
        if (made != null && made.assignments() > 0) {
            log.info("Created {} demo task assignments on {} projects; {} over-allocated by {} of {}.",
                    made.assignments(), made.projects(), OVER_ALLOCATED, made.conflictTasks(), made.conflictProject());
        }
    }

    /** A task that may take an assignment: its dates and role. */
    private record Candidate(PlanView.Task task, LocalDate start, LocalDate finish, String phase, String role) {
    }

    /** A project's plan, its candidates and its named allocations: role → person → month → FTE. */
    private record Project(ProjectRow row, PlanView plan, List<Candidate> candidates,
                           Map<String, Map<Long, Map<YearMonth, BigDecimal>>> named) {
    }

    private Made assign(LocalDate today) {
        List<ProjectRow> active = projects.search(new ProjectQuery(null, null, null, ProjectState.ACTIVE, null, null,
                null, null, null, false, "code", false, 0, ProjectQuery.MAX_SIZE)).items();
        Map<String, ResourceView> byName = new HashMap<>();
        for (ResourceView resource : pool.list(false)) {
            if (resource.kind() == ResourceKind.PERSON) byName.putIfAbsent(resource.name(), resource);
        }
        ResourceView over = byName.get(OVER_ALLOCATED);
        if (over == null || active.isEmpty()) return new Made(0, 0, null, List.of());
        List<Project> read = new ArrayList<>();
        Map<Long, Map<YearMonth, BigDecimal>> namedAnywhere = new HashMap<>();
        for (ProjectRow row : active) {
            PlanView plan = plans.plan(new ProjectId(row.id()));
            // once: into a database whose active plans have no assignments yet
            if (plan.tasks().stream().anyMatch(task -> !task.assignments().isEmpty())) return new Made(0, 0, null, List.of());
            Map<String, Map<Long, Map<YearMonth, BigDecimal>>> named = new HashMap<>();
            for (AllocationView allocation : allocations.list(row.id())) {
                if (allocation.resourceId() == null) continue;
                YearMonth month = YearMonth.parse(allocation.month());
                named.computeIfAbsent(allocation.role(), r -> new HashMap<>())
                        .computeIfAbsent(allocation.resourceId(), r -> new TreeMap<>())
                        .merge(month, allocation.fte(), BigDecimal::add);
                namedAnywhere.computeIfAbsent(allocation.resourceId(), r -> new TreeMap<>())
                        .merge(month, allocation.fte(), BigDecimal::add);
            }
            read.add(new Project(row, plan, candidates(plan, today), named));
        }

        // the over-allocation: two overlapping test tasks of one project, in the coming weeks
        Conflict conflict = conflict(read, today, over, namedAnywhere);
        Map<Long, List<ProjectPlans.NewAssignment>> wanted = new HashMap<>();
        if (conflict != null) {
            wanted.computeIfAbsent(conflict.project().row().id(), id -> new ArrayList<>()).addAll(List.of(
                    new ProjectPlans.NewAssignment(conflict.first().task().id(), over.id(), conflict.units()),
                    new ProjectPlans.NewAssignment(conflict.second().task().id(), over.id(), conflict.units())));
        }
        // the ordinary assignments: named people on their roles' tasks, within their allocation
        int others = 0;
        for (Project project : read) {
            boolean conflictProject = conflict != null && conflict.project() == project;
            if (!conflictProject && others >= PROJECTS) continue;
            List<ProjectPlans.NewAssignment> ordinary = ordinary(project, over.id(),
                    conflictProject ? conflict.first().start() : null);
            if (ordinary.isEmpty()) continue;
            wanted.computeIfAbsent(project.row().id(), id -> new ArrayList<>()).addAll(ordinary);
            if (!conflictProject) others++;
        }
        int made = 0;
        for (Project project : read) {
            List<ProjectPlans.NewAssignment> list = wanted.get(project.row().id());
            if (list == null) continue;
            plans.assignAll(new ProjectId(project.row().id()), list, project.plan().version());
            made += list.size();
        }
        return new Made(made, wanted.size(), conflict == null ? null : conflict.project().row().code(),
                conflict == null ? List.of() : List.of(conflict.first().task().name(), conflict.second().task().name()));
    }

    /**
     * The coming working tasks no one has started, with a role: not summaries, milestones or elapsed tasks (whose
     * work counts every clock hour), starting from today on.
     */
    private static List<Candidate> candidates(PlanView plan, LocalDate today) {
        Map<Long, PlanView.Task> byId = new HashMap<>();
        plan.tasks().forEach(task -> byId.put(task.id(), task));
        List<Candidate> candidates = new ArrayList<>();
        for (PlanView.Task task : plan.tasks()) {
            if (task.summary() || task.milestone() || task.elapsed() || task.durationMinutes() <= 0) continue;
            if (task.percentComplete() > 0 || task.actualStart() != null) continue;
            LocalDate start = LocalDate.parse(task.start().substring(0, 10));
            if (start.isBefore(today)) continue;
            PlanView.Task top = task;
            while (top.parentId() != null && byId.containsKey(top.parentId())) top = byId.get(top.parentId());
            if (top == task) continue;   // a task outside the phases
            String phase = top.name();
            String role = BY_TASK.getOrDefault(task.name(), BY_PHASE.get(phase));
            if (role == null) continue;
            candidates.add(new Candidate(task, start, LocalDate.parse(task.finish().substring(0, 10)), phase, role));
        }
        candidates.sort(Comparator.comparing(Candidate::start).thenComparing(c -> c.task().row()));
        return candidates;
    }

    /** The two overlapping test tasks of the over-allocation, their project, and the units on each. */
    private record Conflict(Project project, Candidate first, Candidate second, int units) {
    }

    /**
     * The first project (by code) with two test tasks not started, starting one to nine weeks from today and
     * overlapping for at least three working days; preferring a pair whose later task can wait for the other within
     * its free float (nothing else moves), then within its total float (the finish does not move), then the least
     * slip. The units leave room for the person's named allocations elsewhere (none for the demo's tester), so that
     * one task fits and two do not.
     */
    private static Conflict conflict(List<Project> read, LocalDate today, ResourceView person,
                                     Map<Long, Map<YearMonth, BigDecimal>> namedAnywhere) {
        Conflict best = null;
        double bestScore = Double.MAX_VALUE;
        for (Project project : read) {
            List<Candidate> tests = project.candidates().stream()
                    .filter(c -> c.phase().startsWith(CONFLICT_PHASE) && c.role().equals("Tester"))
                    .filter(c -> !c.start().isBefore(today.plusWeeks(1)) && !c.start().isAfter(today.plusWeeks(9)))
                    .toList();
            for (int i = 0; i < tests.size(); i++) {
                for (int j = 0; j < tests.size(); j++) {
                    Candidate a = tests.get(i);
                    Candidate b = tests.get(j);
                    if (i == j || b.start().isBefore(a.start()) || (b.start().equals(a.start()) && j < i)) continue;
                    LocalDate overlapEnd = a.finish().isBefore(b.finish()) ? a.finish() : b.finish();
                    int overlap = workingDays(b.start(), overlapEnd);
                    if (overlap < 3) continue;
                    if (absent(person, a.start(), b.finish())) continue;
                    int wait = workingDays(b.start(), a.finish());
                    double score = days(b.task().freeFloat(), project.plan()) >= wait ? 0
                            : days(b.task().totalFloat(), project.plan()) >= wait ? 1
                            : 2 + wait - days(b.task().totalFloat(), project.plan()) / 1000.0;
                    if (score < bestScore) {
                        int elsewhere = 0;
                        for (YearMonth m = YearMonth.from(a.start()); !m.isAfter(YearMonth.from(b.finish()));
                             m = m.plusMonths(1)) {
                            BigDecimal fte = namedAnywhere.getOrDefault(person.id(), Map.of()).get(m);
                            if (fte != null) elsewhere = Math.max(elsewhere, fte.movePointRight(2).intValue());
                        }
                        int units = (CONFLICT_UNITS - elsewhere) / 5 * 5;
                        if (2 * units + elsewhere <= 100) continue;   // two tasks would still fit: no story
                        bestScore = score;
                        best = new Conflict(project, a, b, units);
                    }
                }
            }
            if (best != null && bestScore == 0) break;
        }
        return best;
    }

    /**
     * The ordinary assignments of a project: each candidate task (before {@code before} when given: the
     * over-allocation's project keeps what leveling may move free of others) gets a person named on the project's
     * allocation of its role in every month the task spans, at the least of those FTEs as units, and only if none
     * of that person's tasks in the project is on one of its days.
     */
    private static List<ProjectPlans.NewAssignment> ordinary(Project project, long except, LocalDate before) {
        List<ProjectPlans.NewAssignment> wanted = new ArrayList<>();
        Map<Long, List<Candidate>> busy = new HashMap<>();
        for (Candidate candidate : project.candidates()) {
            if (before != null && !candidate.finish().isBefore(before)) continue;
            Map<Long, Map<YearMonth, BigDecimal>> named = project.named().getOrDefault(candidate.role(), Map.of());
            for (Map.Entry<Long, Map<YearMonth, BigDecimal>> person : new TreeMap<>(named).entrySet()) {
                if (person.getKey() == except) continue;
                BigDecimal least = null;
                for (YearMonth m = YearMonth.from(candidate.start()); !m.isAfter(YearMonth.from(candidate.finish()));
                     m = m.plusMonths(1)) {
                    BigDecimal fte = person.getValue().get(m);
                    least = fte == null ? BigDecimal.ZERO : least == null || fte.compareTo(least) < 0 ? fte : least;
                }
                int units = least == null ? 0 : least.movePointRight(2).intValue() / 5 * 5;
                if (units < 10) continue;
                List<Candidate> theirs = busy.computeIfAbsent(person.getKey(), p -> new ArrayList<>());
                if (theirs.stream().anyMatch(other -> !other.finish().isBefore(candidate.start())
                        && !candidate.finish().isBefore(other.start()))) {
                    continue;
                }
                theirs.add(candidate);
                wanted.add(new ProjectPlans.NewAssignment(candidate.task().id(), person.getKey(), units));
                break;
            }
        }
        return wanted;
    }

    private static boolean absent(ResourceView person, LocalDate from, LocalDate to) {
        return person.absences().stream().anyMatch(a -> !a.lastDay().isBefore(from) && !a.firstDay().isAfter(to));
    }

    /** Monday-to-Friday days from one date to another, both included (0 when the second is earlier). */
    static int workingDays(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) days++;
        }
        return days;
    }

    /** A float as the plan shows it ({@code 4d}, {@code 2.5d}) in days; another unit or none counts 0. */
    private static double days(String text, PlanView plan) {
        if (text == null || !text.endsWith("d") || text.endsWith("ed")) return 0;
        try {
            return Double.parseDouble(text.substring(0, text.length() - 1));
        } catch (NumberFormatException notDays) {
            return 0;
        }
    }
}
