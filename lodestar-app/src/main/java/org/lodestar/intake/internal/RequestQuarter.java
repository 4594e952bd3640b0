package org.lodestar.intake.internal;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** Cost and benefit of one quarter of the request's own time line (quarter 0 = the quarter it starts in). */
@Table("project_request_quarter")
public record RequestQuarter(@Column("quarter_no") int quarter, BigDecimal cost, BigDecimal benefit) {
}
