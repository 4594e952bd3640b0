package org.lodestar.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestar.planning.internal.DraftTask;
import org.lodestar.planning.internal.PlanDraft;
import org.lodestar.planning.internal.PlanStore;
import org.lodestar.portfolio.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actual work on plans' tasks, as approved timesheets report it (issue 14): the tasks people may log hours on, and
 * the progress their approved hours make. The rule is planning's, kept here:
 * <ul>
 * <li>a task's planned work is the work of its assignments when it has any ({@link AssignmentWork}: duration
 * times units); else its duration in working hours times the number of people its {@code resources} text names
 * (one when it names none);</li>
 * <li>its actual start, when empty, becomes the start of the working day of the first approved day;</li>
 * <li>its percent complete becomes the approved actual work over its planned work, rounded down, at most 99: hours
 * alone never complete a task (the work planned may be wrong), only a person saying so does; and never lower than
 * the progress already recorded, which a manager may have set from what was delivered;</li>
 * <li>a complete task (100 %) and summaries are left as they are.</li>
 * </ul>
 * Rights are the caller's to decide (timesheets asks who may approve); the change is made, audited and rescheduled
 * through the plan's one path, in the caller's transaction.
 */
@Service
public class ActualWork {

    /** A task hours may be logged on: a working task (not a summary, not a milestone) of a project's plan. */
    public record LoggableTask(long projectId, long taskId, String wbs, String name, int percentComplete) {
    }

    /**
     * The approved actual work on one task so far: the first approved day and the total approved hours, in
     * minutes (all of it, not only the latest timesheet's).
     */
    public record TaskActuals(long taskId, LocalDate firstDay, long minutes) {
    }

    private final PlanStore store;
    private final ProjectPlans plans;

    ActualWork(PlanStore store, ProjectPlans plans) {
        this.store = store;
        this.plans = plans;
    }

    /** The plan's loggable tasks in row order (none when the project has no plan). */
    @Transactional(readOnly = true)
    public List<LoggableTask> loggable(long project) {
        Optional<PlanDraft> plan = store.load(project);
        if (plan.isEmpty()) return List.of();
        PlanDraft draft = plan.get();
        List<LoggableTask> tasks = new ArrayList<>();
        Map<DraftTask, String> numbers = new java.util.IdentityHashMap<>();
        Map<DraftTask, Integer> children = new java.util.IdentityHashMap<>();
        int top = 0;
        for (DraftTask task : draft.tasks) {
            String number = task.parent == null ? Integer.toString(++top)
                    : numbers.get(task.parent) + "." + children.merge(task.parent, 1, Integer::sum);
            numbers.put(task, number);
        }
        for (DraftTask task : draft.tasks) {
            if (draft.isSummary(task) || task.duration == 0) continue;
            tasks.add(new LoggableTask(project, task.id, numbers.get(task), task.name, task.percentComplete));
        }
        return List.copyOf(tasks);
    }

    /** Whether the task is a loggable task of the project's plan. */
    @Transactional(readOnly = true)
    public boolean isLoggable(long project, long task) {
        return loggable(project).stream().anyMatch(candidate -> candidate.taskId() == task);
    }

    /** Records approved actual work on tasks of one project's plan (see the class for the rule). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long project, List<TaskActuals> actuals) {
        if (actuals.isEmpty()) return;
        plans.changeDecided(new ProjectId(project), edits -> {
            PlanDraft draft = edits.draft();
            for (TaskActuals actual : actuals) {
                DraftTask task = draft.task(actual.taskId());
                if (task == null || draft.isSummary(task) || task.percentComplete >= 100) continue;
                if (task.actualStart == null && actual.firstDay() != null) {
                    task.actualStart = edits.startOfDay(actual.firstDay().toString(), "actualStart");
                }
                task.percentComplete = Math.max(task.percentComplete,
                        percentComplete(actual.minutes(), AssignmentWork.plannedMinutes(task)));
            }
        });
    }

    /**
     * Percent complete from hours: actual minutes over planned minutes ({@link AssignmentWork#plannedMinutes}),
     * rounded down, at most 99; 0 when nothing is planned.
     */
    static int percentComplete(long actualMinutes, long planned) {
        if (planned <= 0 || actualMinutes <= 0) return 0;
        return (int) Math.min(99, 100 * actualMinutes / planned);
    }

    /** How many people a task's resources text names ("Ana, Ben[50%]; Chris" is three); none is zero. */
    static int people(String resources) {
        if (resources == null || resources.isBlank()) return 0;
        int count = 0;
        for (String name : resources.split("[,;]")) if (!name.isBlank()) count++;
        return count;
    }
}
