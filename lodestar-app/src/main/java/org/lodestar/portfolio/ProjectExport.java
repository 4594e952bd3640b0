package org.lodestar.portfolio;

import java.util.List;
import java.util.Map;

/** Projects as exported: rows, the custom fields that are columns, and each project's values by field key. */
public record ProjectExport(List<ProjectRow> rows, List<CustomFieldView> customFields,
                            Map<Long, Map<String, String>> customValues) {

    public ProjectExport {
        rows = List.copyOf(rows);
        customFields = List.copyOf(customFields);
        customValues = Map.copyOf(customValues);
    }

    /** A project's value of a custom field, or an empty string. */
    public String value(long projectId, String key) {
        return customValues.getOrDefault(projectId, Map.of()).getOrDefault(key, "");
    }
}
