package org.lodestar.benefits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a project's editors send to plan a benefit, and its owner to record a measurement or hand it over. */
public final class BenefitCommand {

    private BenefitCommand() {
    }

    /**
     * A benefit's plan: a title, its type, what is measured (in words), the baseline value on its date and the target
     * value by its date (a different value, a later date), and its owner (optional). {@code version} when replanning.
     */
    public record Plan(@NotBlank @Size(max = 200) String title, @NotNull BenefitType type,
                       @NotBlank @Size(max = 120) String measure, @NotNull BigDecimal baselineValue,
                       @NotNull LocalDate baselineDate, @NotNull BigDecimal targetValue, @NotNull LocalDate targetDate,
                       Long ownerId, Long version) {
    }

    /** A value measured on a day (not before the baseline date, not in the future), with a note. */
    public record Measurement(@NotNull LocalDate measuredOn, @NotNull BigDecimal value, @Size(max = 1000) String note,
                              Long version) {
    }

    /** An act that carries only the version it was taken from. */
    public record Act(Long version) {
    }
}
