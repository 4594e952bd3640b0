package org.lodestar.finance;

import java.util.List;
import java.util.Map;
import org.lodestar.finance.EarnedValueCalculation.Task;

/**
 * What each working task's share of the budget is weighed by: its assigned cost where it is known, else its duration
 * valued at the plan's own cost per minute. A task is <em>costed</em> when it has assignments and every one of them
 * has a rate (its assigned cost is the sum of assigned work × rate, in the project's currency); the other tasks are
 * weighed by their duration × (the costed tasks' assigned cost ÷ the costed tasks' duration), so both kinds of weight
 * are money and a task without costed assignments weighs what work of its length costs elsewhere in the plan. With no
 * costed task (or costed tasks without duration) there is nothing to value durations by, and shares follow durations
 * alone (null).
 */
final class TaskWeights {

    private TaskWeights() {
    }

    /**
     * @param tasks        the working tasks
     * @param assignedCost the assigned cost of each costed task, by task id (tasks with any uncosted assignment and
     *                     tasks without assignments left out)
     * @return one weight per task, or null when shares should follow durations
     */
    static double[] of(List<Task> tasks, Map<Long, Double> assignedCost) {
        double cost = 0, minutes = 0;
        for (Task task : tasks) {
            Double assigned = assignedCost.get(task.id());
            if (assigned == null) continue;
            cost += Math.max(0, assigned);
            minutes += Math.max(0, task.durationMinutes());
        }
        if (cost <= 0 || minutes <= 0) return null;
        double perMinute = cost / minutes;
        double[] weights = new double[tasks.size()];
        for (int i = 0; i < weights.length; i++) {
            Task task = tasks.get(i);
            Double assigned = assignedCost.get(task.id());
            weights[i] = assigned != null ? Math.max(0, assigned) : Math.max(0, task.durationMinutes()) * perMinute;
        }
        return weights;
    }
}
