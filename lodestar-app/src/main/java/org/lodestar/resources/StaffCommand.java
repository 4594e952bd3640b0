package org.lodestar.resources;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The named person who fills a role allocation, and the FTE they give it (the allocation's when omitted). */
public record StaffCommand(
        @NotNull Long resourceId,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("10") BigDecimal fte,
        Long version) {
}
