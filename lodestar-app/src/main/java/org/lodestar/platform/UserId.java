package org.lodestar.platform;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/** Identifies a person (a user account, or a person without a login). */
public record UserId(@JsonValue long value) implements Serializable {
    public UserId {
        // ids are positive: no person has any other, so asking for one is asking for someone who does not exist
        if (value <= 0) throw new NotFoundException("person " + value);
    }
}
