package org.lodestar.quality.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A criterion of a quality review: what was checked, its weight (1-10), its score (0-5) and the reviewer's comment. */
@Table("quality_criterion")
public record Criterion(String name, int weight, int score, String comment) {
}
