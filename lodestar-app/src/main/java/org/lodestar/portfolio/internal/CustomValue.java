package org.lodestar.portfolio.internal;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("project_custom_value")
public record CustomValue(@Column("custom_field") long customField, @Column("field_value") String value) {
}
