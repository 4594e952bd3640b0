package org.lodestar.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A decision on a request: why, and on which date it was taken. */
public record DecisionCommand(@NotBlank @Size(max = 2000) String reason, @NotNull LocalDate date, Long version) {
}
