package org.lodestar.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/** A scoring model as the PMO defines it; {@code version} is required on change. */
public record ScoringModelCommand(@NotBlank @Size(max = 120) String name, @Size(max = 2000) String description,
                                  @Size(max = 20) List<@Valid CriterionDefinition> criteria, Long version) {

    public ScoringModelCommand {
        criteria = criteria == null ? List.of() : criteria.stream().filter(Objects::nonNull).toList();
    }
}
