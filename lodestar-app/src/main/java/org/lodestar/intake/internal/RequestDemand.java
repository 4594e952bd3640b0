package org.lodestar.intake.internal;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** Full-time equivalents of a role the request needs in one quarter of its own time line. */
@Table("project_request_demand")
public record RequestDemand(@Column("role_name") String role, @Column("quarter_no") int quarter, BigDecimal fte) {
}
