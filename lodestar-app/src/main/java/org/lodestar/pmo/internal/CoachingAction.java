package org.lodestar.pmo.internal;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** An action agreed in a session (by its position), followed up when done. */
@Table("coaching_action")
public record CoachingAction(int session, String description, LocalDate dueOn, boolean done, String followUp) {

    CoachingAction followedUp(String note) {
        return new CoachingAction(session, description, dueOn, true, note);
    }
}
