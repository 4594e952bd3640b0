package org.lodestar.performance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What the PMO sends to define a custom KPI and to set any KPI's targets and owner. */
public final class KpiCommand {

    private KpiCommand() {
    }

    /**
     * A custom KPI: a code (lower case, digits and hyphens), its name and definition, a formula over the measures
     * (see {@link KpiFormula}), the unit and direction of its values, and optionally its targets and owner.
     */
    public record Define(@NotBlank @Size(max = 40) @Pattern(regexp = "[a-z][a-z0-9-]*", message = "{performance.validation.code}") String code,
                         @NotBlank @Size(max = 120) String name, @Size(max = 2000) String definition,
                         @NotBlank @Size(max = 1000) String formula, @NotNull KpiUnit unit,
                         @NotNull KpiDirection direction, BigDecimal target, BigDecimal amberLimit, Long ownerId) {
    }

    /**
     * A KPI's target and amber limit (both optional; the limit lies beyond the target in the KPI's direction, and
     * needs a target) and owner, from the version read.
     */
    public record Targets(BigDecimal target, BigDecimal amberLimit, Long ownerId, Long version) {
    }
}
