package org.lodestar.governance.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A tailoring rule overridden for one project, with the reason. */
@Table("project_tailoring_override")
public record TailoringOverride(String itemKey, boolean mandatory, String reason) {
}
