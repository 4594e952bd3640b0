package org.lodestar.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A scheduled distribution: its name, the report (the steering pack of the organisation, or of one portfolio, or the
 * KPI pack), PDF or Excel, weekly on a day of the week (1 Monday to 7 Sunday) or monthly on a day of the month (1 to
 * 28), whether it is active, and its recipients (each must be allowed to read the report). {@code version} when
 * changing.
 */
public record DistributionCommand(@NotBlank @Size(max = 120) String name, @NotNull Report report,
                                  @NotNull Format format, @NotNull Frequency frequency, Integer runDay,
                                  Long portfolioId, Boolean active, @NotEmpty @Size(max = 200) List<Long> recipientIds,
                                  Long version) {

    public enum Report { STEERING_PACK, KPI_PACK }

    public enum Format { PDF, EXCEL }

    public enum Frequency { WEEKLY, MONTHLY }
}
