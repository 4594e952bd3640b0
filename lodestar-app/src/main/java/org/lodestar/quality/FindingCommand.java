package org.lodestar.quality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A finding of a quality review and its corrective action (owner and due date), from the review's version. */
public record FindingCommand(
        @NotBlank @Size(max = 2000) String description,
        @NotNull FindingSeverity severity,
        @NotBlank @Size(max = 1000) String action,
        Long actionOwnerId,
        LocalDate actionDue,
        Long version) {
}
