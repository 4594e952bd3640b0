package org.lodestar.raid;

import java.time.LocalDate;
import org.lodestar.portfolio.Reference;

/** An assumption of a project's log; {@code overdue} when it is open and its validate-by date has passed. */
public record AssumptionView(long id, long projectId, String title, String description, Reference owner,
                             LocalDate validateBy, AssumptionState state, String note, boolean overdue,
                             boolean editable, long version) {
}
