package org.lodestar.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment with a workflow action, such as what information the PMO needs when it returns a request. */
public record CommentCommand(@NotBlank @Size(max = 4000) String comment, Long version) {
}
