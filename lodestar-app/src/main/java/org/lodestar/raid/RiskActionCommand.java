package org.lodestar.raid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A response action added to a risk: what, who and by when; {@code version} is the risk's. */
public record RiskActionCommand(@NotBlank @Size(max = 1000) String description, Long ownerId, LocalDate due,
                                Long version) {
}
