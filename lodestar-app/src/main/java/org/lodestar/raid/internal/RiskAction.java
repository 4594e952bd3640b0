package org.lodestar.raid.internal;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** A response action of a risk: what, who, by when and whether it is done. */
@Table("risk_action")
public record RiskAction(String description, Long ownerId, LocalDate due, boolean done) {

    RiskAction completed() {
        return new RiskAction(description, ownerId, due, true);
    }
}
