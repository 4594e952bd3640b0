package org.lodestar.status;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reporting cycle as the PMO sets it. {@code dueDay} is an ISO day of the week (1 = Monday) for weekly and
 * fortnightly cycles, a day of the month (1-28) for monthly ones; {@code scopeId} names the portfolio or programme
 * when the scope is not {@code ALL}. {@code version} is required to change a cycle.
 */
public record CycleCommand(@NotBlank @Size(max = 120) String name, @NotNull Frequency frequency,
                           @NotNull @Min(1) @Max(28) Integer dueDay, @NotNull CycleScope scope, Long scopeId,
                           @NotNull @Min(0) @Max(30) Integer remindDaysBefore, boolean remindOverdue,
                           boolean active, Long version) {

    /** The same command, made from the given version. */
    public CycleCommand withVersion(long fromVersion) {
        return new CycleCommand(name, frequency, dueDay, scope, scopeId, remindDaysBefore, remindOverdue, active,
                fromVersion);
    }
}
