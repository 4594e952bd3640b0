package org.lodestar.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What the PMO sends to hold a quality review of a project: its date, the reviewer (the sender when left out), a
 * summary and the criteria scored (each a name, a weight 1-10 and a score 0-5).
 */
public record QualityReviewCommand(
        @NotNull LocalDate reviewDate,
        Long reviewerId,
        @Size(max = 2000) String summary,
        @NotEmpty @Size(max = 30) List<@Valid @NotNull Criterion> criteria) {

    public record Criterion(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Min(1) @Max(10) Integer weight,
            @NotNull @Min(0) @Max(5) Integer score,
            @Size(max = 1000) String comment) {
    }
}
