package org.lodestar.platform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** One field's old and new value, as text; either is null where the field had or has no value. */
public record FieldChange(String field, String oldValue, String newValue) {

    /** A plain decimal number as snapshots write it: no exponent, no leading zero (a code such as 007 stays text). */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    /**
     * The fields whose values differ between two snapshots of a record, in the order of {@code after} (then any
     * field only {@code before} has). Snapshots map field names to display values; null means "no value". The same
     * number written with another scale (0.0800 and 0.08) is the same value, not a change.
     */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        after.forEach((field, newValue) -> {
            seen.add(field);
            String oldValue = before.get(field);
            if (!same(oldValue, newValue)) changes.add(new FieldChange(field, oldValue, newValue));
        });
        before.forEach((field, oldValue) -> {
            if (!seen.contains(field) && oldValue != null) changes.add(new FieldChange(field, oldValue, null));
        });
        return changes;
    }

    private static boolean same(String oldValue, String newValue) {
        if (Objects.equals(oldValue, newValue)) return true;
        if (oldValue == null || newValue == null) return false;
        return NUMBER.matcher(oldValue).matches() && NUMBER.matcher(newValue).matches()
                && new BigDecimal(oldValue).compareTo(new BigDecimal(newValue)) == 0;
    }
}
