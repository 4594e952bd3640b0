package org.lodestar.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.lodestar.planning.ActualWork;
import org.lodestar.platform.RunAs;
import org.lodestar.platform.UserId;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.portfolio.ProjectView;
import org.lodestar.resources.AllocationView;
import org.lodestar.resources.ResourceAllocations;
import org.lodestar.resources.ResourcePool;
import org.lodestar.resources.ResourceView;
import org.lodestar.timesheets.TimesheetCommand;
import org.lodestar.timesheets.TimesheetDecision;
import org.lodestar.timesheets.TimesheetView;
import org.lodestar.timesheets.Timesheets;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the generated people timesheets of the last {@value #WEEKS} completed weeks, through the timesheets module's
 * acts as its people and approvers take them.
 * <ul>
 *   <li>Each generated person with an account ({@link GeneratedPeopleAndBenefits} registers them with one; people of a
 *   pool generated before get none, and the run says how many) joins the team of every active project that books
 *   them: people log hours on the projects they are on the team of.</li>
 *   <li>Each week, as themselves, they write hours on one or two of each such project's first {@value #FRONT} tasks
 *   not complete (the generated plans chain their tasks, so these are the work under way), 6 to 8 hours a working
 *   day split over the lines, and submit the sheet.</li>
 *   <li>The administrator approves every week but the last, which waits in the approval queue: the generated projects
 *   have no manager, and the administrator edits every project. Approved hours become the tasks' actual work and,
 *   at the person's rate, labour cost.</li>
 * </ul>
 * A person with a sheet in those weeks keeps theirs, and each person's weeks are written in one transaction, so a
 * second run adds only what is missing. Without tasks in the plans (generated with {@code --tasks 0}) nobody can log
 * hours: that is said, and nothing is filed.
 */
final class GeneratedTimesheets {

    /** Completed weeks of timesheets a person gets, the last of them submitted and not approved. */
    private static final int WEEKS = 4;
    /** How many of a plan's first tasks not complete a week's hours go to. */
    private static final int FRONT = 3;

    private final ApplicationContext context;
    private final PrintStream out;

    GeneratedTimesheets(ApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    /** Timesheets of the generated people booked on these projects; prints progress. */
    void generate(List<ProjectRow> projects) {
        if (projects.isEmpty()) return;
        RunAs runAs = context.getBean(RunAs.class);
        ActualWork actualWork = context.getBean(ActualWork.class);
        List<ProjectRow> active = projects.stream().filter(project -> project.state() == ProjectState.ACTIVE).toList();
        if (active.stream().allMatch(project -> actualWork.loggable(project.id()).isEmpty())) {
            out.println("Timesheets: no active project's plan has a task to log hours on (--tasks 0?), none filed.");
            return;
        }
        List<ResourceView> pool = runAs.call("admin", () -> context.getBean(ResourcePool.class).list(false)).stream()
                .filter(resource -> resource.name().startsWith(GeneratedPeopleAndBenefits.PERSON))
                .sorted(Comparator.comparing(ResourceView::name)).toList();
        List<ResourceView> people = pool.stream().filter(person -> person.userId() != null).toList();
        if (people.size() < pool.size()) {
            out.printf("  %,d people of the pool have no account (registered before generated people had one): "
                    + "no timesheets for them.%n", pool.size() - people.size());
        }
        Map<Long, Set<ProjectRow>> booked = runAs.call("admin", () -> booked(active));
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        LocalDate thisWeek = Timesheets.monday(LocalDate.now(context.getBean(Clock.class)));
        long started = System.nanoTime();
        int filed = 0;
        int approved = 0;
        int kept = 0;
        for (int i = 0; i < people.size(); i++) {
            ResourceView person = people.get(i);
            Set<ProjectRow> projectsOf = booked.getOrDefault(person.id(), Set.of());
            Random random = new Random(41_000L + person.id());
            int[] added = transaction.execute(status -> weeks(person, projectsOf, thisWeek, random));
            if (added == null) {
                kept++;
            } else {
                filed += added[0];
                approved += added[1];
            }
            if ((i + 1) % 250 == 0 || i + 1 == people.size()) {
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf("  timesheets %,d of %,d people (%d kept theirs), %.0f s, about %.0f s left%n", i + 1,
                        people.size(), kept, seconds, seconds / (i + 1) * (people.size() - i - 1));
            }
        }
        out.printf("Filed %,d timesheets (%,d approved) in %.1f s.%n", filed, approved,
                (System.nanoTime() - started) / 1e9);
    }

    /** The active projects that book each person by name, by the person's pool id. */
    private Map<Long, Set<ProjectRow>> booked(List<ProjectRow> active) {
        ResourceAllocations allocations = context.getBean(ResourceAllocations.class);
        Map<Long, Set<ProjectRow>> booked = new HashMap<>();
        for (ProjectRow project : active) {
            for (AllocationView allocation : allocations.list(project.id())) {
                if (allocation.resourceId() == null) continue;
                booked.computeIfAbsent(allocation.resourceId(), id -> new LinkedHashSet<>()).add(project);
            }
        }
        return booked;
    }

    /**
     * The person's weeks: on the teams of their projects, then each week written, submitted and, but the last,
     * approved. Null when they have a sheet in those weeks already; else how many sheets were filed and approved.
     */
    private int[] weeks(ResourceView person, Set<ProjectRow> projects, LocalDate thisWeek, Random random) {
        RunAs runAs = context.getBean(RunAs.class);
        Timesheets timesheets = context.getBean(Timesheets.class);
        List<LocalDate> mondays = new ArrayList<>();
        for (int w = WEEKS; w >= 1; w--) mondays.add(thisWeek.minusWeeks(w));
        boolean has = runAs.call(person.username(), () -> mondays.stream()
                .anyMatch(monday -> timesheets.week(monday).sheet().id() != null));
        if (has) return null;
        runAs.call("admin", () -> {
            join(person.userId(), projects);
            return null;
        });
        int filed = 0;
        int approved = 0;
        for (LocalDate monday : mondays) {
            TimesheetView sheet = runAs.call(person.username(), () -> {
                List<TimesheetCommand.Line> lines = lines(timesheets.week(monday).tasks(), random);
                if (lines.isEmpty()) return null;
                TimesheetView saved = timesheets.save(new TimesheetCommand(monday, lines, null));
                return timesheets.submit(saved.id(), saved.version());
            });
            if (sheet == null) continue;
            filed++;
            if (monday.equals(mondays.get(mondays.size() - 1))) continue;
            runAs.call("admin", () -> timesheets.approve(sheet.id(), new TimesheetDecision(null, sheet.version())));
            approved++;
        }
        return new int[] {filed, approved};
    }

    /** Puts the person on the team of each project they are not on yet. */
    private void join(long account, Set<ProjectRow> projects) {
        ProjectRegistry registry = context.getBean(ProjectRegistry.class);
        for (ProjectRow project : projects) {
            ProjectView view = registry.get(new ProjectId(project.id()));
            if (view.members().stream().noneMatch(member -> member.person().id() == account)) {
                registry.addMember(new ProjectId(project.id()), new UserId(account), false, view.version());
            }
        }
    }

    /** A week's lines: one or two of each project's first tasks offered, the day's hours split evenly over them. */
    private static List<TimesheetCommand.Line> lines(List<Timesheets.TimesheetTask> offered, Random random) {
        Map<Long, List<Long>> byProject = new LinkedHashMap<>();
        for (Timesheets.TimesheetTask task : offered) {
            byProject.computeIfAbsent(task.projectId(), project -> new ArrayList<>()).add(task.taskId());
        }
        List<long[]> chosen = new ArrayList<>();
        byProject.forEach((project, tasks) -> {
            List<Long> front = tasks.subList(0, Math.min(FRONT, tasks.size()));
            int first = random.nextInt(front.size());
            chosen.add(new long[] {project, front.get(first)});
            if (front.size() > 1 && random.nextBoolean()) {
                chosen.add(new long[] {project, front.get((first + 1) % front.size())});
            }
        });
        if (chosen.isEmpty()) return List.of();
        List<BigDecimal> hours = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            hours.add(day < 5 ? BigDecimal.valueOf(6 + random.nextInt(3))
                    .divide(BigDecimal.valueOf(chosen.size()), 1, RoundingMode.DOWN) : BigDecimal.ZERO);
        }
        return chosen.stream().map(task -> new TimesheetCommand.Line(task[0], task[1], hours)).toList();
    }
}
