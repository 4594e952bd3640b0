package org.lodestar.status;

import jakarta.validation.constraints.NotNull;

/** New thresholds for an indicator: amber from {@code amberAt}, red from {@code redAt} (not below amber). */
public record ThresholdCommand(@NotNull Double amberAt, @NotNull Double redAt, Long version) {
}
