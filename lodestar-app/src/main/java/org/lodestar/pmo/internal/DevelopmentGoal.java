package org.lodestar.pmo.internal;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** A development goal set from a competency self-assessment: reach a level in a competency, by a date. */
@Table("development_goal")
public record DevelopmentGoal(String competency, String description, int targetLevel, LocalDate dueOn, boolean done) {

    DevelopmentGoal withDone() {
        return new DevelopmentGoal(competency, description, targetLevel, dueOn, true);
    }
}
