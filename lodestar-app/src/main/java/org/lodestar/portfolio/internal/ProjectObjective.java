package org.lodestar.portfolio.internal;

import org.springframework.data.relational.core.mapping.Table;

@Table("project_objective")
public record ProjectObjective(long objective) {
}
