package org.lodestar.change;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The PMO's tolerances for change requests: a request costing more than {@code costAmount} (in its project's
 * currency) or moving the finish by more than {@code scheduleDays} working days (either way) goes to the steering
 * committee. {@code version} is required on change.
 */
public record ChangeThresholds(
        @NotNull @DecimalMin("0") @DecimalMax("10000000000000") @Digits(integer = 14, fraction = 2) BigDecimal costAmount,
        @NotNull @Min(0) @Max(3650) Integer scheduleDays,
        Long version) {

    /** The route of a request with this impact. */
    public ChangeRouting route(BigDecimal cost, int days) {
        return cost.abs().compareTo(costAmount) > 0 || Math.abs(days) > scheduleDays
                ? ChangeRouting.STEERING_COMMITTEE : ChangeRouting.PROJECT;
    }
}
