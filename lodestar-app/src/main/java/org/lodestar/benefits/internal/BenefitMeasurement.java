package org.lodestar.benefits.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A benefit's measured value on a day. */
@Table("benefit_measurement")
public record BenefitMeasurement(LocalDate measuredOn, @Column("measured") BigDecimal value, String note,
                                 Long recordedBy) {
}
