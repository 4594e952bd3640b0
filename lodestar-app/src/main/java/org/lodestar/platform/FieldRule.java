package org.lodestar.platform;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a field's value must be: its kind and the rules its definition adds. {@code choices} for choice kinds
 * (stored values); {@code min} and {@code max} (inclusive, either may be null) for numbers; {@code maxLength}
 * (null: the kind's default) and {@code pattern} (a regular expression the whole text must match, or null) for
 * text. Rules that do not apply to the kind are ignored. Whether a value is required is the owner's rule (a project
 * needs it at every save, a request only at submission), so it is not part of this.
 */
public record FieldRule(FieldKind kind, List<String> choices, BigDecimal min, BigDecimal max, Integer maxLength,
                        String pattern) {

    public FieldRule {
        if (kind == null) throw new IllegalArgumentException("a field rule needs a kind");
        choices = choices == null ? List.of() : List.copyOf(choices);
        pattern = pattern == null || pattern.isBlank() ? null : pattern;
    }

    /** A field of this kind with no further rules. */
    public static FieldRule of(FieldKind kind) {
        return new FieldRule(kind, List.of(), null, null, null, null);
    }

    /** A choice field (or multi-choice) among these stored values. */
    public static FieldRule choiceOf(FieldKind kind, List<String> choices) {
        return new FieldRule(kind, choices, null, null, null, null);
    }
}
