package org.lodestar.portfolio;

import com.fasterxml.jackson.annotation.JsonValue;
import org.lodestar.platform.NotFoundException;

/** Identifies a programme. */
public record ProgrammeId(@JsonValue long value) {
    public ProgrammeId {
        // ids are positive: no programme has any other, so asking for one is asking for a programme that does not exist
        if (value <= 0) throw new NotFoundException("programme " + value);
    }

    /** The id of a stored reference, or null when there is none. */
    public static ProgrammeId of(Long value) {
        return value == null ? null : new ProgrammeId(value);
    }
}
