package org.lodestar.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One field of a request form: its key (how the API names its value), the section it is shown in, label, type,
 * whether it must be filled before submission, help text and validation rules (choices, numeric bounds, maximum
 * length, a pattern the whole text must match). In views, section, label and help are in the reader's language;
 * choices are the stored values (message keys for the shipped types, shown translated).
 */
public record FieldDefinition(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_]*", message = "{intake.validation.fieldKey}") String key,
        @NotBlank @Size(max = 200) String section,
        @NotBlank @Size(max = 200) String label,
        @NotNull FieldType type,
        boolean required,
        @Size(max = 1000) String help,
        List<@NotBlank @Size(max = 120) String> choices,
        BigDecimal min,
        BigDecimal max,
        Integer maxLength,
        @Size(max = 200) String pattern) {

    public FieldDefinition {
        choices = choices == null ? List.of() : choices.stream().filter(Objects::nonNull).map(String::strip)
                .filter(choice -> !choice.isEmpty()).toList();
    }
}
