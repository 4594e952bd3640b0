package org.lodestar.planning.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pool resource assigned to a task of a plan being edited: {@code resource} is the pool's id, {@code units} the
 * percent of its time (above 0, at most 1000), {@code booking} SOFT or HARD, {@code contour} FLAT. {@code id} is null
 * until it is stored. Work is not kept: it is computed from the task's duration and the units.
 */
public final class DraftAssignment {

    public Long id;
    public long resource;
    public int units = 100;
    public String booking = "SOFT";
    public String contour = "FLAT";

    public DraftAssignment(long resource) {
        this.resource = resource;
    }

    DraftAssignment copy() {
        DraftAssignment copy = new DraftAssignment(resource);
        copy.id = id;
        copy.units = units;
        copy.booking = booking;
        copy.contour = contour;
        return copy;
    }

    boolean sameColumns(DraftAssignment other) {
        return resource == other.resource && units == other.units && booking.equals(other.booking)
                && contour.equals(other.contour);
    }

    /** The stored fields, as the audit trail shows them. */
    Map<String, String> snapshot(int row, String task) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("task", row + " " + task);
        fields.put("resource", Long.toString(resource));
        fields.put("units", units + "%");
        fields.put("booking", booking);
        fields.put("contour", contour);
        return fields;
    }
}
