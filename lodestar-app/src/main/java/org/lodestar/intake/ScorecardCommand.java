package org.lodestar.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One evaluator's entries for a request under a model, one per criterion in order: points 1 to 5 for a rated
 * criterion, the measured value for a measured one; null where the evaluator has not scored yet (the scorecard is
 * then incomplete, never counted as zero).
 */
public record ScorecardCommand(List<BigDecimal> entries) {

    public ScorecardCommand {
        entries = entries == null ? List.of() : new ArrayList<>(entries);
    }
}
