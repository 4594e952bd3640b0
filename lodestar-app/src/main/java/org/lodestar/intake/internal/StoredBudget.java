package org.lodestar.intake.internal;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A quarter's budget: for every category (category "") or for one. */
@Table("scenario_budget")
public record StoredBudget(@Column("quarter_no") int quarter, String category, BigDecimal amount) {
}
