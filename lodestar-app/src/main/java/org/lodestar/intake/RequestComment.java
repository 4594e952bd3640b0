package org.lodestar.intake;

import java.time.Instant;

/** A comment on a request, written with a workflow action. */
public record RequestComment(String author, Instant writtenAt, String kind, String body) {
}
