package org.lodestar.portfolio;

import com.fasterxml.jackson.annotation.JsonValue;
import org.lodestar.platform.NotFoundException;

/** Identifies a portfolio. */
public record PortfolioId(@JsonValue long value) {
    public PortfolioId {
        // ids are positive: no portfolio has any other, so asking for one is asking for a portfolio that does not exist
        if (value <= 0) throw new NotFoundException("portfolio " + value);
    }

    /** The id of a stored reference, or null when there is none. */
    public static PortfolioId of(Long value) {
        return value == null ? null : new PortfolioId(value);
    }
}
