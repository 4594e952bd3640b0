package org.lodestar.portfolio;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Defines or changes a custom field. Key, type and {@code appliesTo} are fixed at creation (changes ignore them);
 * choices are required for CHOICE fields and ignored otherwise. Left out, {@code required} is false,
 * {@code position} 100 and {@code appliesTo} PROJECT. A field that applies to tasks is never required.
 */
public record CustomFieldCommand(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z][a-z0-9_]*", message = "{validation.fieldKey}") String key,
        @NotBlank @Size(max = 120) String label,
        @NotNull CustomFieldType type,
        @Size(max = 50) List<@Size(max = 100) String> choices,
        Boolean required,
        @Min(0) @Max(1000) Integer position,
        Long version,
        CustomFieldScope appliesTo) {

    public CustomFieldCommand {
        required = required != null && required;
        appliesTo = appliesTo == null ? CustomFieldScope.PROJECT : appliesTo;
        position = position == null ? 100 : position;
        choices = choices == null ? List.of() : choices.stream()
                .filter(choice -> choice != null && !choice.isBlank()).map(String::strip).distinct().toList();
    }

    /** A field on projects. */
    public CustomFieldCommand(String key, String label, CustomFieldType type, List<String> choices, Boolean required,
                              Integer position, Long version) {
        this(key, label, type, choices, required, position, version, CustomFieldScope.PROJECT);
    }
}
