package org.lodestar.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.lodestar.engine.schedule.ConstraintType;
import org.lodestar.engine.schedule.CyclicDependencyException;
import org.lodestar.engine.schedule.Plan;
import org.lodestar.engine.schedule.Schedule;
import org.lodestar.engine.schedule.ScheduleMode;
import org.lodestar.engine.schedule.Scheduler;
import org.lodestar.engine.schedule.WorkCalendar;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.UnprocessableException;
import org.lodestar.planning.internal.DraftLink;
import org.lodestar.planning.internal.DraftTask;
import org.lodestar.planning.internal.PlanDraft;

/**
 * A plan draft handed to the engine and scheduled: engine task {@code i} is the draft's task in row {@code i + 1}.
 * A plan the engine refuses is invalid input (400); a dependency cycle is 422 and names the tasks in it.
 */
final class ScheduledPlan {

    final PlanDraft draft;
    final Plan plan;
    final Schedule schedule;
    final boolean[] summary;
    private final Map<DraftTask, Integer> index;

    private ScheduledPlan(PlanDraft draft, Plan plan, Schedule schedule, boolean[] summary,
                          Map<DraftTask, Integer> index) {
        this.draft = draft;
        this.plan = plan;
        this.schedule = schedule;
        this.summary = summary;
        this.index = index;
    }

    int index(DraftTask task) {
        return index.get(task);
    }

    static ScheduledPlan of(PlanDraft draft, WorkCalendar projectCalendar, LongFunction<WorkCalendar> calendars) {
        Map<DraftTask, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < draft.tasks.size(); i++) index.put(draft.tasks.get(i), i);
        boolean[] summary = new boolean[draft.tasks.size()];
        for (DraftTask task : draft.tasks) if (task.parent != null) summary[index.get(task.parent)] = true;

        Plan.Builder builder = Plan.builder(projectCalendar);
        if (draft.finish != null) builder.finish(draft.finish);
        else builder.start(draft.start);
        if (draft.statusDate != null) builder.statusDate(draft.statusDate);
        if (draft.rules == ScheduleMode.PRIMAVERA_P6) {
            builder.mode(draft.rules).progressedActivities(draft.progressedActivities).lagCalendar(draft.lagCalendar);
        }
        Map<Long, Integer> calendarIndex = new HashMap<>();
        for (int i = 0; i < draft.tasks.size(); i++) {
            DraftTask task = draft.tasks.get(i);
            int added = summary[i] ? builder.summary(task.name)
                    : task.duration == 0 && !task.elapsed ? builder.milestone(task.name)
                    : builder.task(task.name, task.duration);
            if (added != i) throw new IllegalStateException("engine numbered task " + i + " as " + added);
            if (task.parent != null) builder.parent(i, index.get(task.parent));
            // the engine passes a summary's constraint and deadline down to its subtasks
            ConstraintType type = ConstraintType.valueOf(task.constraintType);
            if (type != ConstraintType.AS_SOON_AS_POSSIBLE) builder.constraint(i, type, task.constraintDate);
            if (task.deadline != null) builder.deadline(i, task.deadline);
            if (summary[i]) continue;
            if (task.elapsed) builder.elapsed(i);
            if (task.calendar != null && task.calendar != draft.calendar) {
                int calendar = calendarIndex.computeIfAbsent(task.calendar,
                        id -> builder.calendar(calendars.apply(id)));
                builder.calendar(i, calendar);
            }
            if (task.actualStart != null) builder.actualStart(i, task.actualStart);
            if (task.actualFinish != null) builder.actualFinish(i, task.actualFinish);
            if (task.percentComplete > 0) builder.percentComplete(i, task.percentComplete);
            if (task.levelingDelay > 0) builder.levelingDelay(i, task.levelingDelay);
            if (task.splits != null && !task.elapsed) {
                int[] pauses = TaskSplits.minutes(task.splits);
                // a pause the work no longer reaches (the duration was shortened since) does not apply
                for (int p = 0; p < pauses.length && pauses[p] < task.duration; p += 2) {
                    builder.split(i, pauses[p], pauses[p + 1]);
                }
            }
        }
        for (DraftLink link : draft.links) {
            builder.link(index.get(link.predecessor), index.get(link.successor), link.type, link.lag, link.lagUnit);
        }
        Plan plan;
        try {
            plan = builder.build();
        } catch (IllegalArgumentException refused) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("plan",
                    "planning.validation.plan", refused.getMessage())));
        }
        try {
            return new ScheduledPlan(draft, plan, Scheduler.schedule(plan), summary, index);
        } catch (CyclicDependencyException cycle) {
            throw cycle(draft, cycle);
        } catch (IllegalArgumentException outOfRange) {
            // dates pushed beyond the engine's time axis (1900 to 2199) by durations and lags
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("plan",
                    "planning.validation.plan", outOfRange.getMessage())));
        }
    }

    /** 422 naming the tasks of the cycle, in order, and their rows. */
    private static UnprocessableException cycle(PlanDraft draft, CyclicDependencyException cycle) {
        List<String> names = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int task : cycle.tasks()) {
            names.add(draft.tasks.get(task).name);
            rows.add(task + 1);
        }
        List<String> path = new ArrayList<>(names);
        if (!names.isEmpty()) path.add(names.get(0));
        String text = String.join(" -> ", path);
        return new UnprocessableException("planning.cycle", new Object[] {text},
                Map.of("cycle", names, "rows", rows), "Dependency cycle: " + text);
    }
}
