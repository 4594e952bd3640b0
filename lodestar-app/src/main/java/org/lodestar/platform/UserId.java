package org.lodestar.platform;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/** Identifies a person (a user account, or a person without a login). */
public record UserId(@JsonValue long value) implements Serializable {
    public UserId {
        if (value <= 0) throw new IllegalArgumentException("user id must be positive, got " + value);
    }
}
