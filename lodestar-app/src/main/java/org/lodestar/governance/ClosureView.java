package org.lodestar.governance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lodestar.portfolio.Reference;

/**
 * A project's closure report ({@code state} null when none is written yet) with the reader's acts: {@code write}
 * (the project's editors, while the project runs and the report is a draft) and {@code accept} (the gate board).
 */
public record ClosureView(long projectId, String projectCode, String projectName, String currency,
                          ClosureState state, List<Line> checklist, String objectivesMet, LocalDate finalStart,
                          LocalDate finalFinish, BigDecimal finalCost, String lessons, String benefitsOwner,
                          Reference acceptedBy, Instant acceptedAt, List<String> acts, long version) {

    /** A checklist item and its answer (null when unanswered). */
    public record Line(ClosureItem item, Answer answer) {
    }
}
