package org.lodestar.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Strategic alignment: each objective with its key results and progress, the projects that serve it with their
 * weight and the share of their budget that goes to it (a project's budget split across its objectives by weight,
 * in the reporting currency), the objectives no active or proposed project serves, and the active or proposed
 * projects that serve no objective.
 */
public record AlignmentView(String currency, List<ObjectiveLine> objectives, List<ObjectiveView> uncovered,
                            List<Reference> unaligned) {

    public record ObjectiveLine(long id, String code, String name, List<KeyResultView> keyResults, Double progress,
                                List<Contributor> projects, BigDecimal investment) {
    }

    /** A project serving the objective: its weight, its share of weight among its objectives, its budget's share. */
    public record Contributor(long projectId, String code, String name, ProjectState state, int weight, double share,
                              BigDecimal investment) {
    }

    /**
     * A key result: progress is the share of the way from baseline to target (percent) where it stands now, null
     * until reported.
     */
    public record KeyResultView(long id, long objectiveId, String title, String measure, BigDecimal baselineValue,
                                BigDecimal targetValue, BigDecimal currentValue, LocalDate dueOn, Double progress,
                                long version) {
    }
}
