package org.lodestar.portfolio;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lodestar.platform.ReadShapes;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Creates or changes a portfolio, or a programme when {@code portfolioId} is given (programmes only).
 * {@code version} is required on change.
 */
public record PortfolioCommand(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "{validation.code}") String code,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 4000) String description,
        @JsonAlias("manager") @JsonDeserialize(using = ReadShapes.Id.class) Long managerId,
        @JsonAlias("portfolio") @JsonDeserialize(using = ReadShapes.Id.class) Long portfolioId,
        Long version) {

    /** The same command, made from the given version. */
    public PortfolioCommand withVersion(long fromVersion) {
        return new PortfolioCommand(code, name, description, managerId, portfolioId, fromVersion);
    }
}
