package org.lodestar.raid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a project's writer sends to record an assumption or change it; {@code version} is required on change. */
public record AssumptionCommand(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String description,
        Long ownerId,
        LocalDate validateBy,
        Long version) {
}
