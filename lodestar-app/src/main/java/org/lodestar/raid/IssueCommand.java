package org.lodestar.raid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a project's writer sends to log an issue or change it; {@code version} is required on change. */
public record IssueCommand(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String description,
        @NotNull IssuePriority priority,
        Long ownerId,
        LocalDate due,
        Long version) {
}
