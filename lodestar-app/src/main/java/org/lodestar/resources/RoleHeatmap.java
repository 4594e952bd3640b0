package org.lodestar.resources;

import java.math.BigDecimal;
import java.util.List;

/**
 * The role × month heatmap: for each role and month, demand (allocated FTE) against capacity (the FTE the pool's
 * people of that role can give that month, net of absences and holidays), utilisation in percent (null when there
 * is demand but no capacity) and whether the role is over-allocated. With a what-if ({@code whatIf} not null and
 * ready), each cell also gives its demand with the scenario's selected requests added, and that utilisation.
 * {@code fullTimeHours} gives, month by month, the hours of 1 FTE (the calendar's working days × its day's hours):
 * FTE times it is hours.
 */
public record RoleHeatmap(List<String> months, List<BigDecimal> fullTimeHours, List<Row> rows, WhatIf whatIf) {

    public record Row(String role, List<Cell> cells) {
    }

    /** The {@code whatIf...} figures are null without a ready what-if. */
    public record Cell(String month, BigDecimal demand, BigDecimal capacity, Integer utilisation,
                       boolean overAllocated, BigDecimal whatIfDemand, Integer whatIfUtilisation,
                       Boolean whatIfOverAllocated) {

        public Cell(String month, BigDecimal demand, BigDecimal capacity, Integer utilisation, boolean overAllocated) {
            this(month, demand, capacity, utilisation, overAllocated, null, null, null);
        }
    }

    /** The intake scenario added: not ready while it is solved in the background (the cells then have no what-if). */
    public record WhatIf(long scenarioId, String scenarioName, boolean ready) {
    }

    /** A project behind a cell, with its FTE in the role that month. */
    public record Cause(long projectId, String code, String name, BigDecimal fte, PersonWeekDemand.Basis basis,
                        List<TaskDemand> tasks) {
    }

    /** A task's assignments' FTE in the role and month: what a cell's project demand is made of when planned. */
    public record TaskDemand(long taskId, String name, BigDecimal fte) {
    }
}
