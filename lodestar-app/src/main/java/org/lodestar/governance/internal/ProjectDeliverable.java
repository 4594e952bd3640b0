package org.lodestar.governance.internal;

import java.time.LocalDate;
import org.lodestar.governance.DeliverableState;
import org.springframework.data.relational.core.mapping.Table;

/** One of a project's deliverables: its state, where it is, why it was waived, who approved or waived it and when. */
@Table("project_deliverable")
public record ProjectDeliverable(String itemKey, DeliverableState state, String link, String reason, Long decidedBy,
                                 LocalDate decidedOn) {

    static ProjectDeliverable notStarted(String key) {
        return new ProjectDeliverable(key, DeliverableState.NOT_STARTED, null, null, null, null);
    }
}
