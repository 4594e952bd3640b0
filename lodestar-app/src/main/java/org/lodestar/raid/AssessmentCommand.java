package org.lodestar.raid;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A reassessment of a risk's score: new probability and impact (1-5), and optionally the residual ones. */
public record AssessmentCommand(
        @NotNull @Min(1) @Max(5) Integer probability,
        @NotNull @Min(1) @Max(5) Integer impact,
        @Min(1) @Max(5) Integer residualProbability,
        @Min(1) @Max(5) Integer residualImpact,
        Long version) {
}
