package org.lodestar.raid;

import jakarta.validation.constraints.Size;

/** Validating or invalidating an assumption: what showed it (optional) and the version it was read at. */
public record AssumptionVerdict(@Size(max = 2000) String note, Long version) {
}
