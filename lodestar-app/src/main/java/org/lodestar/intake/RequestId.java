package org.lodestar.intake;

import com.fasterxml.jackson.annotation.JsonValue;
import org.lodestar.platform.NotFoundException;

/** Identifies a project request. */
public record RequestId(@JsonValue long value) {
    public RequestId {
        // ids are positive: no request has any other, so asking for one is asking for a request that does not exist
        if (value <= 0) throw new NotFoundException("request " + value);
    }
}
