package org.lodestar.portfolio;

/** Identifies a project. */
public record ProjectId(long value) {
    public ProjectId {
        if (value <= 0) throw new IllegalArgumentException("project id must be positive, got " + value);
    }
}
