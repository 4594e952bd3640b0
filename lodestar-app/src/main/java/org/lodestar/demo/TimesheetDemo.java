package org.lodestar.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestar.planning.PlanView;
import org.lodestar.planning.ProjectPlans;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.timesheets.TimesheetCommand;
import org.lodestar.timesheets.TimesheetDecision;
import org.lodestar.timesheets.TimesheetView;
import org.lodestar.timesheets.Timesheets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the demo pool (whose rates cost the hours), a few weeks of timesheets of two demo accounts that log hours:
 * the team member (a business analyst) and the project manager, on the tasks of their active projects that were
 * under way in each week. Most weeks are submitted and approved through the real acts, so planning's actual work and
 * finance's labour costs follow from the approval as they would for anyone; the team member's last week is submitted
 * and awaits approval, and this week is a draft. Written in the start that kept the demo pool, so once (a later
 * start, in a later week, adds no weeks); and a week that already has a sheet is left alone.
 */
@Component
@Order(TimesheetDemo.DEMO_ORDER)
class TimesheetDemo implements ApplicationRunner {

    static final int DEMO_ORDER = ResourcesDemo.DEMO_ORDER + 1;

    private static final Logger log = LoggerFactory.getLogger(TimesheetDemo.class);

    /** What becomes of a week's sheet. */
    enum Fate { APPROVED, SUBMITTED, DRAFT }

    /** A person's weeks, from four weeks ago (index 0) to this week (index 4); null where they wrote nothing. */
    record Keeper(String username, int hoursPerDay, Fate[] weeks) {
    }

    static final List<Keeper> KEEPERS = List.of(
            new Keeper("member", 8, new Fate[] {Fate.APPROVED, Fate.APPROVED, Fate.APPROVED, Fate.SUBMITTED,
                    Fate.DRAFT}),
            new Keeper("pm", 6, new Fate[] {null, Fate.APPROVED, Fate.APPROVED, Fate.APPROVED, null}));

    private final ResourcesDemo pool;
    private final Timesheets timesheets;
    private final ProjectPlans plans;
    private final ProjectRegistry projects;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    TimesheetDemo(ResourcesDemo pool, Timesheets timesheets, ProjectPlans plans, ProjectRegistry projects,
                  People people, RunAs runAs, TransactionTemplate transaction, Clock clock,
                  @Value("${lodestar.demo}") boolean demo) {
        this.pool = pool;
        this.timesheets = timesheets;
        this.plans = plans;
        this.projects = projects;
        this.people = people;
        this.runAs = runAs;
        this.transaction = transaction;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo || people.isEmpty() || !pool.createdThisStart()) return;
        LocalDate today = LocalDate.now(clock);
        LocalDate thisWeek = Timesheets.monday(today);
        int written = 0;
        for (Keeper keeper : KEEPERS) {
            if (people.all().stream().noneMatch(person -> person.username().equals(keeper.username()))) continue;
            for (int w = 0; w < keeper.weeks().length; w++) {
                Fate fate = keeper.weeks()[w];
                if (fate == null) continue;
                LocalDate monday = thisWeek.minusWeeks(keeper.weeks().length - 1 - w);
                Boolean wrote = transaction.execute(status -> week(keeper, monday, fate, today));
                if (Boolean.TRUE.equals(wrote)) written++;
            }
        }
        if (written > 0) log.info("Created {} demo timesheets.", written);
    }

    /** Writes the keeper's sheet of the week and takes it to its fate, unless the week already has a sheet. */
    private boolean week(Keeper keeper, LocalDate monday, Fate fate, LocalDate today) {
        TimesheetView sheet = runAs.call(keeper.username(), () -> {
            Timesheets.Week week = timesheets.week(monday);
            if (week.sheet().id() != null) return null;
            List<TimesheetCommand.Line> lines = lines(week, monday, today, keeper.hoursPerDay());
            if (lines.isEmpty()) return null;
            TimesheetView saved = timesheets.save(new TimesheetCommand(monday, lines, null));
            return fate == Fate.DRAFT ? saved : timesheets.submit(saved.id(), saved.version());
        });
        if (sheet == null) return false;
        if (fate == Fate.APPROVED) {
            String approver = approver(keeper, sheet);
            runAs.call(approver, () -> timesheets.approve(sheet.id(), new TimesheetDecision(null, sheet.version())));
        }
        return true;
    }

    /**
     * Up to three of the week's tasks (rotating by week) that had started by its Friday and are not complete, the
     * day's hours split among them; working days only, up to yesterday (this week's draft up to today).
     */
    private List<TimesheetCommand.Line> lines(Timesheets.Week week, LocalDate monday, LocalDate today,
                                              int hoursPerDay) {
        Map<Long, PlanView> plansById = new HashMap<>();
        record Candidate(long project, long task, String start) {
        }
        List<Candidate> candidates = new ArrayList<>();
        LocalDate friday = monday.plusDays(4);
        for (Timesheets.TimesheetTask task : week.tasks()) {
            PlanView plan = plansById.computeIfAbsent(task.projectId(), id -> plans.plan(new ProjectId(id)));
            plan.tasks().stream().filter(t -> t.id() == task.taskId() && t.actualStart() != null)
                    .filter(t -> !LocalDateTime.parse(t.actualStart()).toLocalDate().isAfter(friday))
                    .findFirst()
                    .ifPresent(t -> candidates.add(new Candidate(task.projectId(), task.taskId(), t.actualStart())));
        }
        if (candidates.isEmpty()) return List.of();
        candidates.sort(Comparator.comparing(Candidate::start).thenComparingLong(Candidate::task));
        int rotate = (int) (monday.toEpochDay() / 7 % candidates.size());
        Set<Candidate> chosen = new LinkedHashSet<>();
        for (int i = 0; i < candidates.size() && chosen.size() < 3; i++) {
            chosen.add(candidates.get((rotate + i) % candidates.size()));
        }
        int[] split = switch (chosen.size()) {
            case 1 -> new int[] {hoursPerDay};
            case 2 -> new int[] {hoursPerDay - hoursPerDay / 3, hoursPerDay / 3};
            default -> new int[] {hoursPerDay - 2 * (hoursPerDay / 4), hoursPerDay / 4, hoursPerDay / 4};
        };
        LocalDate last = monday.equals(Timesheets.monday(today)) ? today : today.minusDays(1);
        List<TimesheetCommand.Line> lines = new ArrayList<>();
        int i = 0;
        for (Candidate candidate : chosen) {
            List<BigDecimal> hours = new ArrayList<>();
            for (int day = 0; day < 7; day++) {
                LocalDate date = monday.plusDays(day);
                boolean working = day < 5 && !date.isAfter(last);
                hours.add(working ? BigDecimal.valueOf(split[i]) : BigDecimal.ZERO);
            }
            lines.add(new TimesheetCommand.Line(candidate.project(), candidate.task(), hours));
            i++;
        }
        return lines;
    }

    /**
     * The project manager when they manage every project on the sheet and it is not theirs (the demo's {@code pm}),
     * else the resource manager, who approves sheets across projects.
     */
    private String approver(Keeper keeper, TimesheetView sheet) {
        Set<String> managers = new LinkedHashSet<>();
        for (TimesheetView.LineView line : sheet.lines()) {
            var manager = runAs.call(keeper.username(), () -> projects.get(new ProjectId(line.projectId())).manager());
            managers.add(manager == null ? "" : String.valueOf(manager.code()));
        }
        if (managers.size() == 1 && managers.contains("pm") && !keeper.username().equals("pm")) return "pm";
        return ResourcesDemo.KEEPER;
    }
}
