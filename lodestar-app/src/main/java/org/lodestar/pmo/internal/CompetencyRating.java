package org.lodestar.pmo.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A competency's level in a self-assessment. */
@Table("competency_rating")
public record CompetencyRating(int level) {
}
