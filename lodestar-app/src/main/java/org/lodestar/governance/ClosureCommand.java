package org.lodestar.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The commands of a project's closure; {@code version} is the closure report's (optimistic locking). */
public final class ClosureCommand {

    private ClosureCommand() {
    }

    /**
     * The closure report as a whole: the checklist's answers by item ({@link ClosureItem} names), whether and how
     * the objectives were met, the final dates and cost as known (in the project's currency), the lessons, and to
     * whom the benefits were handed over. No version for the first draft.
     */
    public record Write(Map<String, Answer> checklist, String objectivesMet, LocalDate finalStart,
                        LocalDate finalFinish, BigDecimal finalCost, String lessons, String benefitsOwner,
                        Long version) {
    }

    /** The gate board accepts the report from its version, which closes the project. */
    public record Accept(Long version) {
    }
}
