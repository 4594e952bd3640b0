package org.lodestar.intake;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lodestar.platform.ReadShapes;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a requester writes: the request's type (fixed once created), title, summary, where it would belong, sponsor,
 * category (for budgets per category), estimated budget, strategic objectives, and the values of its type's form
 * fields by key (as text: ISO dates, plain numbers, person ids, multi-choice values separated by commas).
 * {@code version} is required on change.
 */
public record RequestCommand(
        @NotNull @JsonAlias("type") @JsonDeserialize(using = ReadShapes.Id.class) Long typeId,
        @NotBlank @Size(max = 120) String title,
        @Size(max = 4000) String summary,
        @JsonAlias("portfolio") @JsonDeserialize(using = ReadShapes.Id.class) Long portfolioId,
        @JsonAlias("programme") @JsonDeserialize(using = ReadShapes.Id.class) Long programmeId,
        @JsonAlias("sponsor") @JsonDeserialize(using = ReadShapes.Id.class) Long sponsorId,
        @Size(max = 60) String category,
        @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal budget,
        @Pattern(regexp = "[A-Z]{3}", message = "{validation.currency}") String currency,
        @Size(max = 50) @JsonAlias("objectives") @JsonDeserialize(using = ReadShapes.Ids.class) List<Long> objectiveIds,
        @Size(max = 100) @JsonDeserialize(using = ReadShapes.Values.class) Map<String, String> values,
        Long version) {

    public RequestCommand {
        objectiveIds = objectiveIds == null ? List.of() : objectiveIds.stream().filter(Objects::nonNull).toList();
        values = values == null ? Map.of() : values;
        currency = currency == null || currency.isBlank() ? "EUR" : currency.strip();
    }
}
