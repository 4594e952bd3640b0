package org.lodestar.portfolio;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates or changes a portfolio, or a programme when {@code portfolioId} is given (programmes only).
 * {@code version} is required on change.
 */
public record PortfolioCommand(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "{validation.code}") String code,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 4000) String description,
        Long managerId,
        Long portfolioId,
        Long version) {

    /** The same command, made from the given version. */
    public PortfolioCommand withVersion(long fromVersion) {
        return new PortfolioCommand(code, name, description, managerId, portfolioId, fromVersion);
    }
}
