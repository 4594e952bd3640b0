package org.lodestar.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** One field's old and new value, as text; either is null where the field had or has no value. */
public record FieldChange(String field, String oldValue, String newValue) {

    /**
     * The fields whose values differ between two snapshots of a record, in the order of {@code after} (then any
     * field only {@code before} has). Snapshots map field names to display values; null means "no value".
     */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        after.forEach((field, newValue) -> {
            seen.add(field);
            String oldValue = before.get(field);
            if (!Objects.equals(oldValue, newValue)) changes.add(new FieldChange(field, oldValue, newValue));
        });
        before.forEach((field, oldValue) -> {
            if (!seen.contains(field) && oldValue != null) changes.add(new FieldChange(field, oldValue, null));
        });
        return changes;
    }
}
