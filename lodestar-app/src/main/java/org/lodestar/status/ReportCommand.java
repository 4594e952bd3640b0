package org.lodestar.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The content of a status report as its author writes it. Saving a draft accepts gaps; submitting needs the overall
 * rating and every dimension, and a comment on each red or amber one. {@code version} is required to change a
 * report; {@code percentComplete} and {@code actualCost} (to date) feed the computed health.
 */
public record ReportCommand(@Valid Rating overall, @Valid Rating schedule, @Valid Rating cost, @Valid Rating scope,
                            @Valid Rating resources, @Valid Rating risks, @Valid Rating quality,
                            @Size(max = 4000) String accomplishments, @Size(max = 4000) String nextSteps,
                            @Size(max = 4000) String decisions, @Size(max = 4000) String keyRisks,
                            @Min(0) @Max(100) Integer percentComplete,
                            @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal actualCost,
                            LocalDate forecastFinish,
                            @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal forecastCost,
                            @Size(max = 50) List<@Valid MilestoneLine> milestones, Long version) {

    public ReportCommand {
        overall = overall == null ? Rating.NONE : overall;
        schedule = schedule == null ? Rating.NONE : schedule;
        cost = cost == null ? Rating.NONE : cost;
        scope = scope == null ? Rating.NONE : scope;
        resources = resources == null ? Rating.NONE : resources;
        risks = risks == null ? Rating.NONE : risks;
        quality = quality == null ? Rating.NONE : quality;
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** The rating of one dimension. */
    public Rating rating(Dimension dimension) {
        return switch (dimension) {
            case SCHEDULE -> schedule;
            case COST -> cost;
            case SCOPE -> scope;
            case RESOURCES -> resources;
            case RISKS -> risks;
            case QUALITY -> quality;
        };
    }
}
