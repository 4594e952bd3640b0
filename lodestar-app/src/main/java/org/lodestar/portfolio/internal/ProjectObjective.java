package org.lodestar.portfolio.internal;

import org.springframework.data.relational.core.mapping.Table;

/** An objective the project serves, and how much: a weight from 1 (a little) to 5 (chiefly). */
@Table("project_objective")
public record ProjectObjective(long objective, int weight) {

    public static final int DEFAULT_WEIGHT = 1;
}
