package org.lodestar.intake.internal;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("scoring_criterion")
public record StoredCriterion(int position, String name, BigDecimal weight, String direction, String scale,
                              @Column("low_value") BigDecimal low, @Column("high_value") BigDecimal high,
                              String anchor1, String anchor2, String anchor3, String anchor4, String anchor5) {
}
