package org.lodestar.intake.internal;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** The value of one form field; a multi-choice field holds its choices separated by commas. */
@Table("project_request_value")
public record RequestValue(@Column("field_key") String key, @Column("field_value") String value) {
}
