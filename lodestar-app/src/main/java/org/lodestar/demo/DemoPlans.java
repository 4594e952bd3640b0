package org.lodestar.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lodestar.engine.health.Rag;
import org.lodestar.planning.Baselines;
import org.lodestar.planning.PlanCommand;
import org.lodestar.planning.PlanView;
import org.lodestar.planning.ProjectPlans;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.portfolio.ProjectView;
import org.springframework.stereotype.Component;

/**
 * A realistic plan for a demo project: phases as summary tasks (some with work packages inside), tasks and
 * milestones, finish-to-start chains with some start-to-start and finish-to-finish links and lags, progress up to
 * yesterday (a closed project's to its end), baseline 0 saved, and for projects in trouble some slippage since. Generated from the project's index, so
 * every demo organisation is the same. Stored through the planning module's API, like any plan.
 */
@Component
class DemoPlans {

    private static final String[][] PHASES = {
            {"Initiation", "Stakeholder interviews", "Business case", "Project charter", "Risk workshop"},
            {"Analysis", "Current process mapping", "Requirements workshops", "Requirements specification",
                    "Data migration analysis", "Solution options", "Vendor assessment"},
            {"Design", "Solution architecture", "Integration design", "User experience design", "Security review",
                    "Data model", "Test strategy"},
            {"Build", "Environment set-up", "Core configuration", "Interfaces", "Reports", "Data migration scripts",
                    "Unit testing", "Code review", "Documentation"},
            {"Test", "System testing", "Integration testing", "Performance testing", "User acceptance testing",
                    "Defect fixing", "Regression testing"},
            {"Deployment", "Training material", "End-user training", "Cut-over planning", "Data migration",
                    "Go-live support"},
            {"Closure", "Hand-over to operations", "Lessons learned", "Benefits tracking plan", "Close contracts"},
    };
    private static final String[] PACKAGES = {"Release 1", "Release 2", "Release 3", "Wave A", "Wave B"};

    private final ProjectPlans plans;
    private final Baselines baselines;

    DemoPlans(ProjectPlans plans, Baselines baselines) {
        this.plans = plans;
        this.baselines = baselines;
    }

    void create(ProjectView project, int index, LocalDate today) {
        ProjectId id = new ProjectId(project.id());
        LocalDate start = project.plannedStart().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        // overlapping links make the chain shorter than its tasks: the durations are scaled until the plan ends
        // within a week of the project's planned finish, so that the plan tells the project's intended story
        double scale = 1;
        Random random = new Random(7_000L + index);
        PlanView plan = plans.replace(id, command(project, start, random, scale));
        long intended = Math.max(1, start.until(project.plannedFinish(), ChronoUnit.DAYS));
        for (int attempt = 0; attempt < 3; attempt++) {
            long span = Math.max(1, start.until(LocalDate.parse(plan.finish().substring(0, 10)), ChronoUnit.DAYS));
            if (Math.abs(span - intended) <= 7) break;
            scale = Math.max(0.3, Math.min(4, scale * intended / span));
            random = new Random(7_000L + index);
            plan = plans.replace(id, command(project, start, random, scale));
        }
        // a running project records progress up to yesterday, a closed one to its end (every task complete, so its
        // actual finish comes from progress), a proposal none; a project on hold stopped before its work was done
        LocalDate planFinish = LocalDate.parse(plan.finish().substring(0, 10));
        LocalDate status = switch (project.state()) {
            case CLOSED -> planFinish;
            case PROPOSED -> null;
            case ACTIVE -> today.minusDays(1);
            default -> {
                LocalDate latest = start.plusDays(start.until(planFinish, ChronoUnit.DAYS) * 85 / 100);
                yield today.minusDays(1).isAfter(latest) ? latest : today.minusDays(1);
            }
        };
        if (status != null && status.isAfter(start)) {
            plan = plans.updateProgress(id, plan.version(), status.toString());
        }
        baselines.save(id, 0, "Approved plan");
        Rag health = DemoOrganisation.intendedHealth(project);
        // since the baseline, a red project slipped by weeks (past the finish-slippage indicator's 15 working days),
        // an amber one by a week or two; a green one kept to its baseline, as its green reports say
        if (health != null && health != Rag.GREEN && project.state() == ProjectState.ACTIVE) {
            if (health == Rag.RED) slip(id, plan, random, 2, 10, 5);
            else slip(id, plan, random, 1, 6, 5);
        }
    }

    /**
     * Lengthens {@code count} different tasks not yet complete, critical ones where there are, by {@code days} to
     * {@code days + spread - 1} working days each: the slippage the baseline shows.
     */
    private void slip(ProjectId id, PlanView plan, Random random, int count, int days, int spread) {
        List<PlanView.Task> open = plan.tasks().stream()
                .filter(task -> !task.summary() && !task.milestone() && !task.elapsed() && task.percentComplete() < 100)
                .toList();
        List<PlanView.Task> critical = open.stream().filter(PlanView.Task::critical).toList();
        List<PlanView.Task> pool = new ArrayList<>(critical.isEmpty() ? open : critical);
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            PlanView.Task task = pool.remove(random.nextInt(pool.size()));
            int duration = Math.max(1, task.durationMinutes() / plan.minutesPerDay());
            plans.editTask(id, null, task.id(), "duration", (duration + days + random.nextInt(spread)) + "d");
        }
    }

    private PlanCommand command(ProjectView project, LocalDate start, Random random, double scale) {
        List<PlanCommand.Task> tasks = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        List<PlanCommand.Dependency> links = new ArrayList<>();
        // larger projects get more phases, more tasks per phase and work packages inside phases
        int size = 1 + random.nextInt(4);
        tasks.add(task("kickoff", null, "Project kick-off", "0", null));
        String previous = "kickoff";
        int phaseCount = Math.min(PHASES.length, 3 + size);
        int first = phaseCount == PHASES.length ? 0 : random.nextInt(PHASES.length - phaseCount + 1);
        for (int p = first; p < first + phaseCount; p++) {
            String[] phase = PHASES[p];
            String phaseKey = "p" + p;
            tasks.add(task(phaseKey, null, phase[0], null, null));
            int packages = size >= 3 && (p == 3 || p == 4) ? 2 + random.nextInt(size) : 1;
            String last = null;
            for (int w = 0; w < packages; w++) {
                String parent = phaseKey;
                if (packages > 1) {
                    parent = phaseKey + "w" + w;
                    tasks.add(task(parent, phaseKey, phase[0] + " – " + PACKAGES[w % PACKAGES.length], null, null));
                }
                int count = Math.min(phase.length - 1, 2 + random.nextInt(2 + size));
                for (int t = 0; t < count; t++) {
                    String key = parent + "t" + t;
                    tasks.add(task(key, parent, phase[1 + (t + w) % (phase.length - 1)], null, null));
                    weights.add(1 + random.nextInt(10));
                    String predecessor = t == 0 ? (w == 0 || last == null ? previous : last) : parent + "t" + (t - 1);
                    // the second task of each phase overlaps the first (SS) or finishes with it (FF)
                    int roll = t == 0 ? 0 : t == 1 && w == 0 ? (p % 2 == 0 ? 1 : 3) : random.nextInt(10);
                    links.add(link(predecessor, key, roll));
                    last = key;
                }
            }
            String milestone = phaseKey + "done";
            tasks.add(task(milestone, phaseKey, phase[0] + " complete", "0", null));
            links.add(new PlanCommand.Dependency(last, milestone, "FS", null));
            previous = milestone;
        }
        tasks.add(task("golive", null, "Go-live", "0", null));
        links.add(new PlanCommand.Dependency(previous, "golive", "FS", "1d"));
        return new PlanCommand(start.toString(), null, null, null, durations(tasks, weights, project, start, random, scale),
                links, null);
    }

    /**
     * Durations for the tasks in proportion to their weights, so that the chain of tasks roughly spans the
     * project's planned months; a few in weeks, hours or elapsed days.
     */
    private static List<PlanCommand.Task> durations(List<PlanCommand.Task> tasks, List<Integer> weights,
                                                    ProjectView project, LocalDate start, Random random,
                                                    double scale) {
        // overlapping links (SS, FF, leads) make the chain shorter than the sum of its parts
        long workingDays = Math.max(20, Math.round(start.datesUntil(project.plannedFinish())
                .filter(day -> day.getDayOfWeek().getValue() <= 5).count() * 6 / 5.0 * scale));
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        List<PlanCommand.Task> sized = new ArrayList<>();
        int leaf = 0;
        for (PlanCommand.Task task : tasks) {
            boolean isLeaf = task.duration() == null && tasks.stream().noneMatch(other -> task.key().equals(other.parentKey()));
            if (!isLeaf) {
                sized.add(task);
                continue;
            }
            long days = Math.max(1, Math.round(weights.get(leaf++) * (double) workingDays / total));
            int kind = random.nextInt(12);
            String duration = kind == 0 && days >= 10 ? (days / 5) + "w"
                    : kind == 1 && days <= 2 ? (days * 8 - 4) + "h"
                    : kind == 2 && days <= 6 ? (days + 2) + "ed"
                    : days + "d";
            sized.add(task(task.key(), task.parentKey(), task.name(), duration, null));
        }
        return sized;
    }

    private static PlanCommand.Task task(String key, String parent, String name, String duration, String deadline) {
        return new PlanCommand.Task(null, key, parent, name, duration, null, deadline, null, null, null, null, null);
    }

    /** Mostly finish-to-start; now and then overlapping work (SS with a lag) or finishing together (FF). */
    private static PlanCommand.Dependency link(String predecessor, String successor, int roll) {
        return switch (roll) {
            case 1 -> new PlanCommand.Dependency(predecessor, successor, "SS", "2d");
            case 2 -> new PlanCommand.Dependency(predecessor, successor, "SS", "50%");
            case 3 -> new PlanCommand.Dependency(predecessor, successor, "FF", "1d");
            case 4 -> new PlanCommand.Dependency(predecessor, successor, "FS", "-1d");
            case 5 -> new PlanCommand.Dependency(predecessor, successor, "FS", "2d");
            default -> new PlanCommand.Dependency(predecessor, successor, "FS", null);
        };
    }
}
