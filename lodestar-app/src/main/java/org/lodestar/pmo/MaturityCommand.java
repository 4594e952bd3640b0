package org.lodestar.pmo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/** What an assessor sends to start, answer and plan improvements of a maturity assessment. */
public final class MaturityCommand {

    private MaturityCommand() {
    }

    /**
     * Start an assessment of the PMO, or of a business unit (named), as of a date (today when left out; never in the
     * future).
     */
    public record Start(@NotNull MaturitySubject subject, @Size(max = 120) String businessUnit, LocalDate assessedOn) {
    }

    /**
     * Answers by question key ({@code RISK.2}); each a level 1 to 5 and an optional comment. Answers given replace
     * those stored; questions left out keep theirs.
     */
    public record Answers(@NotNull Map<String, @Valid @NotNull Answer> answers, Long version) {
    }

    public record Answer(Integer level, @Size(max = 1000) String comment) {
    }

    /** An action of the improvement plan: its domain, what to do, an owner and a due date (both optional). */
    public record Action(@NotNull MaturityDomain domain, @NotBlank @Size(max = 1000) String description, Long ownerId,
                         LocalDate dueOn, Long version) {
    }
}
