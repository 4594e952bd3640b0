package org.lodestar.raid;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a project's writer sends to raise a risk or to change its description and response; the score (probability
 * and impact) is set when raising and changed only by a reassessment. {@code version} is required on change.
 */
public record RiskCommand(
        @NotNull RiskKind kind,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String cause,
        @Size(max = 2000) String event,
        @Size(max = 2000) String effect,
        @NotBlank @Size(max = 40) String category,
        @Min(1) @Max(5) Integer probability,
        @Min(1) @Max(5) Integer impact,
        Long ownerId,
        LocalDate proximity,
        RiskStrategy strategy,
        @Size(max = 1000) String trigger,
        @Min(1) @Max(5) Integer residualProbability,
        @Min(1) @Max(5) Integer residualImpact,
        Long version) {
}
