package org.lodestar.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A request's financials: the yearly discount rate in percent (8 = 8%), cost and benefit per quarter of the
 * request's own time line (the first line is the quarter it starts in), and the resource estimate: FTE per role
 * and quarter of that time line.
 */
public record FinancialsCommand(
        @NotNull @DecimalMin("-50") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountRatePercent,
        @Size(max = 40) List<@Valid @NotNull QuarterLine> quarters,
        @Size(max = 200) List<@Valid @NotNull Demand> demands,
        Long version) {

    public FinancialsCommand {
        quarters = quarters == null ? List.of() : quarters.stream().filter(Objects::nonNull).toList();
        demands = demands == null ? List.of() : demands.stream().filter(Objects::nonNull).toList();
    }

    public record QuarterLine(
            @NotNull @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal cost,
            @NotNull @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal benefit) {
    }

    public record Demand(
            @NotBlank @Size(max = 60) String role,
            @Min(0) @Max(39) int quarter,
            @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal fte) {
    }
}
