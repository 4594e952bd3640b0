package org.lodestar.raid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a project's writer sends to record a decision or correct it: who decided, when, the options considered and
 * the one chosen; {@code version} is required on change.
 */
public record RaidDecisionCommand(
        @NotBlank @Size(max = 200) String title,
        Long decidedById,
        @NotNull LocalDate decidedOn,
        @Size(max = 2000) String options,
        @NotBlank @Size(max = 1000) String chosen,
        @Size(max = 2000) String rationale,
        Long version) {
}
