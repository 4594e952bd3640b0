package org.lodestar.quality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A lesson learned on a project: its category, the phase it comes from, what happened and what to do next time. */
public record LessonCommand(
        @NotBlank @Size(max = 40) String category,
        @Size(max = 40) String phase,
        @NotBlank @Size(max = 4000) String whatHappened,
        @NotBlank @Size(max = 4000) String recommendation) {
}
