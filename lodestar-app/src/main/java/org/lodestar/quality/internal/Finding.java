package org.lodestar.quality.internal;

import java.time.LocalDate;
import org.lodestar.quality.FindingSeverity;
import org.springframework.data.relational.core.mapping.Table;

/** A finding of a quality review, with its one corrective action (owner, due date, done) and whether it is closed. */
@Table("quality_finding")
public record Finding(String description, String severity, String action, Long actionOwner, LocalDate actionDue,
                      boolean actionDone, boolean closed) {

    public FindingSeverity level() {
        return FindingSeverity.valueOf(severity);
    }

    Finding withActionDone() {
        return new Finding(description, severity, action, actionOwner, actionDue, true, closed);
    }

    Finding withClosed() {
        return new Finding(description, severity, action, actionOwner, actionDue, actionDone, true);
    }
}
