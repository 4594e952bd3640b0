package org.lodestar.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/** What the PMO sends to define or change a request type and its form; {@code version} is required on change. */
public record RequestTypeCommand(
        @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*", message = "{validation.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        boolean mandatory,
        @Size(max = 60) List<@Valid FieldDefinition> fields,
        Long version) {

    public RequestTypeCommand {
        fields = fields == null ? List.of() : fields.stream().filter(Objects::nonNull).toList();
    }
}
