package org.lodestar.quality;

import java.time.LocalDate;
import java.util.List;
import org.lodestar.portfolio.Reference;

/**
 * A quality review as its reader sees it: {@code score} is the compliance score, the criteria's weighted mean score
 * as a percentage of the best (0-100). {@code reviewable}: the reader holds reviews (adds findings, closes them);
 * {@code editable}: the reader completes corrective actions (the project's editors).
 */
public record QualityReviewView(long id, long projectId, LocalDate reviewDate, Reference reviewer, String summary,
                                ReviewState state, int score, List<Criterion> criteria, List<Finding> findings,
                                boolean reviewable, boolean editable, long version) {

    public record Criterion(String name, int weight, int score, String comment) {
    }

    public record Finding(int index, String description, FindingSeverity severity, String action,
                          Reference actionOwner, LocalDate actionDue, boolean actionDone, boolean closed,
                          boolean overdue) {
    }
}
