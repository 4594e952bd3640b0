package org.lodestar.resources;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A project's demand for a role (one of the pool's roles) or a named person ({@code resourceId}, filling
 * {@code role}) in a month ({@code YYYY-MM}) at an FTE above 0 and at most 10; {@code booking} SOFT by default.
 */
public record AllocationCommand(
        @NotBlank @Size(max = 120) String role,
        Long resourceId,
        @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") @Schema(example = "2027-01") String month,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10") BigDecimal fte,
        Booking booking,
        Long version) {
}
