package org.lodestar.intake.internal;

import java.math.BigDecimal;
import org.lodestar.intake.FieldType;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A field of a request type's form; choices are one per line. */
@Table("request_field")
public record RequestField(int position, @Column("field_key") String key, String section, String label,
                           @Column("field_type") FieldType type, boolean required, String help, String choices,
                           @Column("min_value") BigDecimal min, @Column("max_value") BigDecimal max,
                           Integer maxLength, @Column("text_pattern") String pattern) {
}
