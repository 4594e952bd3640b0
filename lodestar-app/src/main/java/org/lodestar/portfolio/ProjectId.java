package org.lodestar.portfolio;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a project. */
public record ProjectId(@JsonValue long value) {
    public ProjectId {
        if (value <= 0) throw new IllegalArgumentException("project id must be positive, got " + value);
    }
}
