package org.lodestar.raid.internal;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** An action of an issue: what, who, by when and whether it is done. */
@Table("raid_issue_action")
public record IssueAction(String description, Long ownerId, LocalDate due, boolean done) {

    IssueAction completed() {
        return new IssueAction(description, ownerId, due, true);
    }
}
