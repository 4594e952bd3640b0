package org.lodestar.portfolio;

import com.fasterxml.jackson.annotation.JsonValue;
import org.lodestar.platform.NotFoundException;

/** Identifies a project. */
public record ProjectId(@JsonValue long value) {
    public ProjectId {
        // ids are positive: no project has any other, so asking for one is asking for a project that does not exist
        if (value <= 0) throw new NotFoundException("project " + value);
    }
}
