package org.lodestar.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request type with its form, in the reader's language. {@code mandatory}: its requests must be funded in
 * every scenario (regulatory work).
 */
public record RequestTypeView(long id, String code, String name, String description, boolean mandatory,
                              List<FieldDefinition> fields, long version) {

    /** The fields grouped by section, sections in the order of their first field. */
    public Map<String, List<FieldDefinition>> sections() {
        Map<String, List<FieldDefinition>> sections = new LinkedHashMap<>();
        for (FieldDefinition field : fields) {
            sections.computeIfAbsent(field.section(), section -> new java.util.ArrayList<>()).add(field);
        }
        return sections;
    }

    public FieldDefinition field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst().orElse(null);
    }
}
