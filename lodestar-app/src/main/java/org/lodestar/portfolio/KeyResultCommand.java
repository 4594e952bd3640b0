package org.lodestar.portfolio;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the PMO sends to define an objective's key result, and to report where it stands. */
public final class KeyResultCommand {

    private KeyResultCommand() {
    }

    /** A key result: what is measured, from a baseline to a (different) target, by a date (optional). */
    public record Define(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 120) String measure,
                         @NotNull BigDecimal baselineValue, @NotNull BigDecimal targetValue, LocalDate dueOn,
                         Long version) {
    }

    /** Where the key result stands now. */
    public record Report(@NotNull BigDecimal currentValue, Long version) {
    }
}
