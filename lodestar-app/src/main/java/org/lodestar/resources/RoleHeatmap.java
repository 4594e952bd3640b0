package org.lodestar.resources;

import java.math.BigDecimal;
import java.util.List;

/**
 * The role × month heatmap: for each role and month, demand (allocated FTE) against capacity (the FTE the pool's
 * people of that role can give that month, net of absences and holidays), utilisation in percent (null when there
 * is demand but no capacity) and whether the role is over-allocated.
 */
public record RoleHeatmap(List<String> months, List<Row> rows) {

    public record Row(String role, List<Cell> cells) {
    }

    public record Cell(String month, BigDecimal demand, BigDecimal capacity, Integer utilisation,
                       boolean overAllocated) {
    }

    /** A project behind a cell, with its FTE in the role that month. */
    public record Cause(long projectId, String code, String name, BigDecimal fte) {
    }
}
