package org.lodestar.intake.internal;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("scenario_capacity")
public record StoredCapacity(@Column("role_name") String role, @Column("quarter_no") int quarter, BigDecimal fte) {
}
