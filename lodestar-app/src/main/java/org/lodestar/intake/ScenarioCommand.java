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
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A portfolio scenario: which candidates to fund over {@code quarters} quarters from the quarter of
 * {@code firstQuarter}, maximising the total score (under a scoring model) or NPV, within the budgets per quarter
 * (category null or blank: the total budget) and the capacity per role and quarter, obeying the rules. Quarters are
 * numbered from 0 (the first quarter of the scenario). {@code version} is required on change.
 */
public record ScenarioCommand(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 2000) String description,
        @NotNull Objective objective,
        Long scoringModelId,
        @NotNull LocalDate firstQuarter,
        @Min(1) @Max(12) int quarters,
        @Min(1) @Max(30) int timeLimitSeconds,
        @Size(max = 200) List<@Valid @NotNull Budget> budgets,
        @Size(max = 500) List<@Valid @NotNull Capacity> capacities,
        @Size(max = 500) List<@Valid @NotNull Rule> rules,
        Long version) {

    public ScenarioCommand {
        budgets = budgets == null ? List.of() : budgets.stream().filter(Objects::nonNull).toList();
        capacities = capacities == null ? List.of() : capacities.stream().filter(Objects::nonNull).toList();
        rules = rules == null ? List.of() : rules.stream().filter(Objects::nonNull).toList();
    }

    /**
     * What a scenario maximises. The solver works in whole numbers (a score in hundredths of a point, an NPV in whole
     * currency units); {@link #value} is the one rule that turns its numbers back into the objective's own unit,
     * used by the result, the frontier, the comparison, the progress of a solve and the API alike.
     */
    public enum Objective {
        SCORE(2), NPV(0);

        private final int decimals;

        Objective(int decimals) {
            this.decimals = decimals;
        }

        /** A value in the objective's unit (a score of 70.25 points, an NPV of 120000) as the solver counts it. */
        public long solverValue(double value) {
            return Math.round(value * Math.pow(10, decimals));
        }

        /** A number the solver found, in the objective's unit. */
        public BigDecimal value(long solverValue) {
            return BigDecimal.valueOf(solverValue, decimals);
        }
    }

    public record Budget(@Min(0) @Max(11) int quarter, @Size(max = 60) String category,
                         @NotNull @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal amount) {
        public boolean isTotal() {
            return category == null || category.isBlank();
        }
    }

    public record Capacity(@NotBlank @Size(max = 60) String role, @Min(0) @Max(11) int quarter,
                           @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal fte) {
    }

    /**
     * MANDATORY and EXCLUDED name one request; REQUIRES (the request needs the other) and EXCLUSIVE (not both) two;
     * WINDOW lets the request start in any quarter from {@code fromQuarter} to {@code toQuarter}.
     */
    public record Rule(@NotNull RuleKind kind, @NotNull Long requestId, Long otherRequestId, Integer fromQuarter,
                       Integer toQuarter) {
    }

    public enum RuleKind { MANDATORY, EXCLUDED, REQUIRES, EXCLUSIVE, WINDOW }
}
