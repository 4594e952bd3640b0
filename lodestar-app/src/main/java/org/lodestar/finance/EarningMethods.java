package org.lodestar.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.engine.evm.EarningMethod;
import org.lodestar.finance.internal.TaskEarningMethodStore;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.planning.PlanProgress;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each task of a plan earns its value: physical % complete unless its editors choose 0/100, 50/50 or weighted
 * milestones. A task earns by weighted milestones only once its milestones are defined (else 400 naming
 * {@code method}), and while it does, its milestones cannot all be removed (400 naming {@code milestones}). The
 * project's editors define a task's milestones (a name, a weight above 0, the day reached or none; at most
 * {@value #MAX_MILESTONES}) as a whole list, and mark one reached (a day not after today) or not reached; each act is
 * audited in its transaction. Whoever reads the project's money reads them.
 */
@Service
public class EarningMethods {

    static final String AUDIT_TYPE = "task-earning-method";
    static final String MILESTONES_AUDIT_TYPE = "earning-milestones";
    /** At most this many milestones per task. */
    public static final int MAX_MILESTONES = 20;
    /** A milestone's name has at most this many characters. */
    static final int MAX_NAME = 100;
    /** A weight is at most this (and above 0, with at most {@link #WEIGHT_DECIMALS} decimals). */
    public static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1_000_000);
    public static final int WEIGHT_DECIMALS = 4;

    private final TaskEarningMethodStore store;
    private final PlanProgress plans;
    private final ProjectRights rights;
    private final AuditTrail audit;
    private final Clock clock;

    EarningMethods(TaskEarningMethodStore store, PlanProgress plans, ProjectRights rights, AuditTrail audit,
                   Clock clock) {
        this.store = store;
        this.plans = plans;
        this.rights = rights;
        this.audit = audit;
        this.clock = clock;
    }

    /** The method a task is to earn by. */
    public record EarningMethodCommand(String method) {
    }

    public record EarningMethodView(long projectId, long taskId, EarningMethod method) {
    }

    @Transactional
    public EarningMethodView set(long project, long task, EarningMethodCommand command) {
        rights.require(new ProjectId(project), ProjectRight.EDIT);
        EarningMethod method = null;
        String asked = command == null || command.method() == null ? null : command.method().strip();
        for (EarningMethod candidate : EarningMethod.values()) {
            if (candidate.name().equals(asked)) method = candidate;
        }
        if (method == null) {
            throw new InvalidInputException(java.util.List.of(new InvalidInputException.FieldProblem("method",
                    "finance.method.unknown", new Object[] {String.valueOf(asked)})));
        }
        requireWorkingTask(project, task);
        if (method == EarningMethod.WEIGHTED_MILESTONES && store.milestones(project, task).isEmpty()) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("method",
                    "finance.method.milestonesFirst")));
        }
        String before = store.set(project, task, method.name());
        Map<String, String> old = new LinkedHashMap<>();
        old.put("project", Long.toString(project));
        old.put("method", before == null ? EarningMethod.PHYSICAL_PERCENT_COMPLETE.name() : before);
        Map<String, String> now = new LinkedHashMap<>(old);
        now.put("method", method.name());
        audit.updated(AUDIT_TYPE, task, "task " + task + " earns by " + method.name(), old, now);
        return new EarningMethodView(project, task, method);
    }

    /** A task's milestone: its name, weight and the day it was reached (null: not yet). */
    public record MilestoneLine(String name, BigDecimal weight, LocalDate reachedOn) {
    }

    /** A task's milestones, in order: they replace the ones it had. */
    public record MilestonesCommand(List<MilestoneLine> milestones) {
    }

    /** Marks the milestone at {@code position} (0 first) reached on a day. */
    public record ReachCommand(Integer position, LocalDate reachedOn) {
    }

    /** Marks the milestone at {@code position} (0 first) not reached. */
    public record UnreachCommand(Integer position) {
    }

    /** A task's milestones and how the task earns. */
    public record MilestonesView(long projectId, long taskId, EarningMethod method, List<MilestoneLine> milestones) {
    }

    /** A working task of the plan, how it earns and its milestones (in plan order). */
    public record TaskEarning(long taskId, String name, EarningMethod method, List<MilestoneLine> milestones) {
    }

    /** The plan's working tasks with their methods and milestones (empty without a plan); readers of the money. */
    @Transactional(readOnly = true)
    public List<TaskEarning> tasks(long project) {
        rights.require(new ProjectId(project), ProjectRight.READ_MONEY);
        var progress = plans.of(project);
        if (progress.isEmpty()) return List.of();
        Map<Long, String> methods = store.forProject(project);
        Map<Long, List<TaskEarningMethodStore.Milestone>> byTask = store.milestonesOf(project);
        return progress.get().tasks().stream().map(task -> new TaskEarning(task.taskId(), task.name(),
                method(methods.get(task.taskId())),
                lines(byTask.getOrDefault(task.taskId(), List.of())))).toList();
    }

    /** A task's milestones; readers of the project's money. */
    @Transactional(readOnly = true)
    public MilestonesView milestones(long project, long task) {
        rights.require(new ProjectId(project), ProjectRight.READ_MONEY);
        requireWorkingTask(project, task);
        return view(project, task);
    }

    /**
     * Replaces a task's milestones (the project's editors): each named (at most {@value #MAX_NAME} characters), a
     * weight above 0, reached on a day not after today or not yet; at most {@value #MAX_MILESTONES}. A task earning by
     * weighted milestones keeps at least one.
     */
    @Transactional
    public MilestonesView defineMilestones(long project, long task, MilestonesCommand command) {
        rights.require(new ProjectId(project), ProjectRight.EDIT);
        var problems = new InvalidInputException.Collector();
        List<MilestoneLine> asked = command == null ? null : command.milestones();
        List<TaskEarningMethodStore.Milestone> kept = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (asked == null || asked.size() > MAX_MILESTONES) {
            problems.add("milestones", "finance.milestones.count", MAX_MILESTONES);
        } else {
            for (int i = 0; i < asked.size(); i++) {
                MilestoneLine line = asked.get(i);
                String field = "milestones[" + i + "]";
                String name = line == null || line.name() == null ? "" : line.name().strip();
                if (name.isEmpty() || name.length() > MAX_NAME) {
                    problems.add(field + ".name", "finance.milestones.name", MAX_NAME);
                }
                BigDecimal weight = line == null ? null : line.weight();
                if (weight == null || weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0
                        || weight.stripTrailingZeros().scale() > WEIGHT_DECIMALS) {
                    problems.add(field + ".weight", "finance.milestones.weight", MAX_WEIGHT.toPlainString(),
                            WEIGHT_DECIMALS);
                }
                LocalDate reached = line == null ? null : line.reachedOn();
                if (reached != null && reached.isAfter(today)) {
                    problems.add(field + ".reachedOn", "finance.milestones.reachedOn", today.toString());
                }
                if (line != null) kept.add(new TaskEarningMethodStore.Milestone(name, weight, reached));
            }
        }
        problems.throwIfAny();
        requireWorkingTask(project, task);
        if (kept.isEmpty() && method(store.forProject(project).get(task)) == EarningMethod.WEIGHTED_MILESTONES) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("milestones",
                    "finance.milestones.stillEarning")));
        }
        List<TaskEarningMethodStore.Milestone> before = store.milestones(project, task);
        if (before.isEmpty() && kept.isEmpty()) return view(project, task); // nothing to replace, nothing to audit
        store.replaceMilestones(project, task, kept);
        audit.updated(MILESTONES_AUDIT_TYPE, task, "task " + task + " milestones", snapshot(project, before),
                snapshot(project, kept));
        return view(project, task);
    }

    /** Marks a milestone reached on a day not after today (the project's editors). */
    @Transactional
    public MilestonesView reach(long project, long task, ReachCommand command) {
        rights.require(new ProjectId(project), ProjectRight.EDIT);
        var problems = new InvalidInputException.Collector();
        LocalDate today = LocalDate.now(clock);
        LocalDate day = command == null ? null : command.reachedOn();
        if (day == null || day.isAfter(today)) problems.add("reachedOn", "finance.milestones.reachedOn", today.toString());
        problems.throwIfAny();
        return mark(project, task, command.position(), day);
    }

    /** Marks a milestone not reached (the project's editors). */
    @Transactional
    public MilestonesView unreach(long project, long task, UnreachCommand command) {
        rights.require(new ProjectId(project), ProjectRight.EDIT);
        return mark(project, task, command == null ? null : command.position(), null);
    }

    private MilestonesView mark(long project, long task, Integer position, LocalDate day) {
        requireWorkingTask(project, task);
        List<TaskEarningMethodStore.Milestone> before = store.milestones(project, task);
        if (position == null || position < 0 || position >= before.size()) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("position",
                    "finance.milestones.position", position == null ? "–" : position.toString())));
        }
        store.setReached(project, task, position, day);
        LocalDate was = before.get(position).reachedOn();
        Map<String, String> old = new LinkedHashMap<>();
        old.put("project", Long.toString(project));
        old.put("milestone" + (position + 1), before.get(position).name());
        Map<String, String> now = new LinkedHashMap<>(old);
        if (was != null) old.put("reached" + (position + 1), was.toString());
        if (day != null) now.put("reached" + (position + 1), day.toString());
        audit.updated(MILESTONES_AUDIT_TYPE, task, "task " + task + " milestone " + (position + 1), old, now);
        return view(project, task);
    }

    private MilestonesView view(long project, long task) {
        return new MilestonesView(project, task, method(store.forProject(project).get(task)),
                lines(store.milestones(project, task)));
    }

    private void requireWorkingTask(long project, long task) {
        boolean inPlan = plans.of(project).map(progress -> progress.tasks().stream()
                .anyMatch(found -> found.taskId() == task)).orElse(false);
        if (!inPlan) throw new NotFoundException("working task " + task + " of project " + project);
    }

    private static EarningMethod method(String stored) {
        return stored == null ? EarningMethod.PHYSICAL_PERCENT_COMPLETE : EarningMethod.valueOf(stored);
    }

    private static List<MilestoneLine> lines(List<TaskEarningMethodStore.Milestone> stored) {
        return stored.stream().map(found -> new MilestoneLine(found.name(), plain(found.weight()), found.reachedOn()))
                .toList();
    }

    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The audit's picture of a task's milestones: each one's name, weight and day reached, numbered from 1. */
    private static Map<String, String> snapshot(long project, List<TaskEarningMethodStore.Milestone> list) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("project", Long.toString(project));
        for (int i = 0; i < list.size(); i++) {
            TaskEarningMethodStore.Milestone milestone = list.get(i);
            snapshot.put("milestone" + (i + 1), milestone.name());
            snapshot.put("weight" + (i + 1), plain(milestone.weight()).toPlainString());
            if (milestone.reachedOn() != null) snapshot.put("reached" + (i + 1), milestone.reachedOn().toString());
        }
        return snapshot;
    }
}
