package org.lodestar.portfolio.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("strategic_objective")
public record StrategicObjective(@Id Long id, String code, String name) {
}
