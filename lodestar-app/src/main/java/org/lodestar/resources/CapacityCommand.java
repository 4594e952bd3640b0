package org.lodestar.resources;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** A resource's new capacity: {@code hoursPerDay} or {@code fte} of the calendar's day, not both. */
public record CapacityCommand(
        @DecimalMin("0") @DecimalMax("24") BigDecimal hoursPerDay,
        @DecimalMin("0") @DecimalMax("10") BigDecimal fte,
        Long version) {
}
