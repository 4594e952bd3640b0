package org.lodestar.change;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What a project's editor sends to raise a change request or revise a draft: {@code scheduleDays} is the finish's
 * move in working days (negative when earlier), {@code costAmount} the cost in the project's currency (negative when
 * it saves money); {@code version} is required on revision.
 */
public record ChangeRequestCommand(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 2000) String reason,
        @Size(max = 2000) String scopeImpact,
        @NotNull @Min(-3650) @Max(3650) Integer scheduleDays,
        @NotNull @DecimalMin("-10000000000000") @DecimalMax("10000000000000") @Digits(integer = 14, fraction = 2)
        BigDecimal costAmount,
        @Size(max = 2000) String options,
        Long version) {
}
