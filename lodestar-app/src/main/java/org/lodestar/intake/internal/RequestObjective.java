package org.lodestar.intake.internal;

import org.springframework.data.relational.core.mapping.Table;

@Table("project_request_objective")
public record RequestObjective(long objective) {
}
