package org.lodestar.pmo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/** What a person sends to assess their competencies and set development goals. */
public final class CompetencyCommand {

    private CompetencyCommand() {
    }

    /** Every competency of the framework rated from 1 to 5 (by its name), as of a day (today when left out). */
    public record Assess(@NotNull Map<String, Integer> ratings, LocalDate assessedOn) {
    }

    /** A goal: reach a level above the one rated in a competency, by a date (optional). */
    public record Goal(@NotNull Competency competency, @NotBlank @Size(max = 1000) String description,
                       Integer targetLevel, LocalDate dueOn, Long version) {
    }
}
