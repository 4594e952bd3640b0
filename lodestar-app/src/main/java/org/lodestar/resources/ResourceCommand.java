package org.lodestar.resources;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a resource manager sends to register a resource ({@code kind}, and for a person optionally the user account
 * {@code userId}) or describe it again ({@code version} required; kind, account and capacity are not changed so).
 * Capacity is {@code hoursPerDay} or {@code fte} of the organisation calendar's day, not both (1 FTE when neither).
 */
public record ResourceCommand(
        ResourceKind kind,
        @NotBlank @Size(max = 200) String name,
        Long userId,
        @Size(max = 120) String businessUnit,
        @Size(max = 20) List<@NotBlank @Size(max = 120) String> roles,
        @Size(max = 50) List<@Valid Skill> skills,
        @DecimalMin("0") @DecimalMax("24") BigDecimal hoursPerDay,
        @DecimalMin("0") @DecimalMax("10") BigDecimal fte,
        Long version) {

    /** A skill at a level from 1 to 5. */
    public record Skill(@NotBlank @Size(max = 120) String name, @NotNull @Min(1) @Max(5) Integer level) {
    }
}
