package org.lodestar.status;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * New thresholds for an indicator: amber from {@code amberAt}, red from {@code redAt} (not below amber). Indicator
 * values are "higher is worse" counts, days or points, so thresholds lie from 0 to a million.
 */
public record ThresholdCommand(
        @NotNull @DecimalMin(value = "0", message = "{status.validation.thresholdRange}")
        @DecimalMax(value = "1000000", message = "{status.validation.thresholdRange}") Double amberAt,
        @NotNull @DecimalMin(value = "0", message = "{status.validation.thresholdRange}")
        @DecimalMax(value = "1000000", message = "{status.validation.thresholdRange}") Double redAt,
        Long version) {
}
