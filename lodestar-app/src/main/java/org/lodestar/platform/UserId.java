package org.lodestar.platform;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a person (a user account, or a person without a login). */
public record UserId(@JsonValue long value) {
    public UserId {
        if (value <= 0) throw new IllegalArgumentException("user id must be positive, got " + value);
    }
}
