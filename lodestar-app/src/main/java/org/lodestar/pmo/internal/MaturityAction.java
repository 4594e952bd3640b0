package org.lodestar.pmo.internal;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** An action of an assessment's improvement plan. */
@Table("maturity_action")
public record MaturityAction(String domain, String description, Long owner, LocalDate dueOn, boolean done) {

    MaturityAction withDone() {
        return new MaturityAction(domain, description, owner, dueOn, true);
    }
}
