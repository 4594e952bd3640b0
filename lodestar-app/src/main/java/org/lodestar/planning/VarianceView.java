package org.lodestar.planning;

import java.util.List;

/**
 * The plan compared with one of its baselines, task by task: the current and baseline start, finish and duration
 * and their differences, in working days of the task's calendar (positive: later or longer than the baseline).
 * Tasks added since the baseline have no baseline values (null).
 */
public record VarianceView(long projectId, String code, String name, BaselineView baseline, List<Row> tasks) {

    public record Row(long taskId, int row, String wbs, int level, String name, boolean summary, boolean milestone,
                      String start, String finish, String duration, String baselineStart, String baselineFinish,
                      String baselineDuration, String startVariance, String finishVariance,
                      String durationVariance, boolean slipped) {
    }
}
