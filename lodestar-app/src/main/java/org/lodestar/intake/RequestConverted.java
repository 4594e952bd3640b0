package org.lodestar.intake;

/** A request was approved and has become a project. */
public record RequestConverted(long requestId, long projectId) {
}
