package org.lodestar.planning;

/**
 * A dependency between two tasks of a plan (by id): {@code type} FS (default), SS, FF or SF; {@code lag} as typed
 * ({@code 2d}, {@code -1d}, {@code 3ed}, {@code 50%}); {@code version} the plan's, optional.
 */
public record DependencyCommand(Long predecessorId, Long successorId, String type, String lag, Long version) {
}
