package org.lodestar.pmo.internal;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** A coaching session: when, its topics (keys, comma-separated) and notes. */
@Table("coaching_session")
public record CoachingSession(LocalDate heldOn, String topics, String notes) {
}
