package org.lodestar.intake;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A criterion of a scoring model: its weight in percent (a model's weights sum to 100), whether more is better
 * (BENEFIT) or worse (COST), and its scale: RATED from 1 to 5 with a description (anchor) of each level, or
 * MEASURED, a value in {@code low..high} mapped onto 1 to 5 points. {@code id} is the criterion's stable identity
 * (shown by the model's GET): a criterion sent back with its id keeps its scores wherever it moves in the order; one
 * sent without an id is a new criterion.
 */
public record CriterionDefinition(
        Long id,
        @NotBlank @Size(max = 120) String name,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 3) BigDecimal weight,
        @NotNull Direction direction,
        @NotNull Scale scale,
        BigDecimal low,
        BigDecimal high,
        @Size(max = 5) List<@Size(max = 200) String> anchors) {

    public CriterionDefinition {
        anchors = anchors == null ? List.of() : anchors.stream().map(a -> a == null ? "" : a.strip()).toList();
    }

    /** A new criterion (no id yet). */
    public CriterionDefinition(String name, BigDecimal weight, Direction direction, Scale scale, BigDecimal low,
                               BigDecimal high, List<String> anchors) {
        this(null, name, weight, direction, scale, low, high, anchors);
    }

    public enum Direction { BENEFIT, COST }

    public enum Scale { RATED, MEASURED }

    /** The lowest and highest entry the scale accepts. */
    public BigDecimal minimum() {
        return scale == Scale.RATED ? BigDecimal.ONE : low.min(high);
    }

    public BigDecimal maximum() {
        return scale == Scale.RATED ? BigDecimal.valueOf(5) : low.max(high);
    }
}
