package org.lodestar.intake;

import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * Turns an approved request into a project of the chosen portfolio (and programme), managed by {@code managerId}
 * if given. Values for the portfolio's required custom fields may be given by key.
 */
public record ConvertCommand(@NotNull Long portfolioId, Long programmeId, Long managerId,
                             Map<String, String> customFields, Long version) {

    public ConvertCommand {
        customFields = customFields == null ? Map.of() : customFields;
    }
}
