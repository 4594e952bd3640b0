package org.lodestar.portfolio;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lodestar.platform.ReadShapes;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a user sends to create or change a project, from the API (JSON) or the web form. {@code code} may be left
 * out on creation to get the next {@code PRJ-nnnn}; {@code version} is required on change (optimistic locking).
 * Tags may be given as a list or, from a form, as one comma-separated text. A project's health is not part of it:
 * status owns health (the reported health of the latest published report), so a {@code health} sent with a
 * command, as a view sent back from GET carries {@code reportedHealth} and {@code computedHealth}, is ignored.
 */
public record ProjectCommand(
        @Size(max = 20) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "{validation.code}") String code,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 4000) String description,
        @NotNull @JsonAlias("portfolio") @JsonDeserialize(using = ReadShapes.Id.class) Long portfolioId,
        @JsonAlias("programme") @JsonDeserialize(using = ReadShapes.Id.class) Long programmeId,
        @JsonAlias("sponsor") @JsonDeserialize(using = ReadShapes.Id.class) Long sponsorId,
        @JsonAlias("manager") @JsonDeserialize(using = ReadShapes.Id.class) Long managerId,
        @Size(max = 120) String businessUnit,
        @NotNull LifecyclePhase phase,
        @NotNull ProjectState state,
        @NotNull Priority priority,
        LocalDate plannedStart,
        LocalDate plannedFinish,
        LocalDate forecastStart,
        LocalDate forecastFinish,
        LocalDate actualStart,
        LocalDate actualFinish,
        @DecimalMin("0") @DecimalMax("999999999999999") @Digits(integer = 15, fraction = 2) BigDecimal budget,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{validation.currency}") String currency,
        @Size(max = 20) List<@Size(max = 40) String> tags,
        @JsonAlias("objectives") @JsonDeserialize(using = ReadShapes.Ids.class) List<Long> objectiveIds,
        @JsonDeserialize(using = ReadShapes.Values.class) Map<String, String> customFields,
        Long version) {

    public ProjectCommand {
        tags = tags == null ? List.of() : tags.stream().filter(Objects::nonNull).toList();
        objectiveIds = objectiveIds == null ? List.of() : objectiveIds.stream().filter(Objects::nonNull).toList();
        customFields = customFields == null ? Map.of() : customFields;
    }

    /** The same command, made from the given version. */
    public ProjectCommand withVersion(long fromVersion) {
        return new ProjectCommand(code, name, description, portfolioId, programmeId, sponsorId, managerId,
                businessUnit, phase, state, priority, plannedStart, plannedFinish, forecastStart,
                forecastFinish, actualStart, actualFinish, budget, currency, tags, objectiveIds, customFields,
                fromVersion);
    }

    /** A blank command for the "new project" form, with the usual defaults. */
    public static ProjectCommand blank(Long portfolioId, Long programmeId) {
        return new ProjectCommand(null, null, null, portfolioId, programmeId, null, null, null,
                LifecyclePhase.INITIATION, ProjectState.PROPOSED, Priority.MEDIUM, null, null, null, null, null,
                null, null, "EUR", List.of(), List.of(), Map.of(), null);
    }
}
