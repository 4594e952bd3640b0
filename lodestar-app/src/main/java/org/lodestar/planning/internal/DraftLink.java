package org.lodestar.planning.internal;

import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.engine.schedule.LagUnit;

/**
 * A dependency of a plan being edited: {@code lag} is minutes (working or elapsed) or, for {@link LagUnit#PERCENT},
 * hundredths of a percent of the predecessor's duration; {@code lagFormat} is the unit it is shown in.
 */
public final class DraftLink {

    public Long id;
    public DraftTask predecessor;
    public DraftTask successor;
    public DependencyType type;
    public int lag;
    public LagUnit lagUnit;
    public String lagFormat;

    public DraftLink(DraftTask predecessor, DraftTask successor, DependencyType type, int lag, LagUnit lagUnit,
                     String lagFormat) {
        this.predecessor = predecessor;
        this.successor = successor;
        this.type = type;
        this.lag = lag;
        this.lagUnit = lagUnit;
        this.lagFormat = lagFormat;
    }

    boolean sameColumns(DraftLink other) {
        return type == other.type && lag == other.lag && lagUnit == other.lagUnit
                && lagFormat.equals(other.lagFormat);
    }
}
