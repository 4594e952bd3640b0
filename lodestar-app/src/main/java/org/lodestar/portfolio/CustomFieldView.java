package org.lodestar.portfolio;

import java.util.List;

/** The definition of a custom field (on projects or on tasks), as listed to administrators and used to draw forms. */
public record CustomFieldView(long id, String key, String label, CustomFieldType type, List<String> choices,
                              boolean required, int position, long version,
                              CustomFieldScope appliesTo) {
}
