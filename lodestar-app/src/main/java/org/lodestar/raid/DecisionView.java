package org.lodestar.raid;

import java.time.LocalDate;
import org.lodestar.portfolio.Reference;

/** A decision of a project's log. */
public record DecisionView(long id, long projectId, String title, Reference decidedBy, LocalDate decidedOn,
                           String options, String chosen, String rationale, boolean editable, long version) {
}
