package org.lodestar.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The person × week view: for each person of the pool and each week (its Monday), the hours their named allocations
 * ask that week against the hours they can work (the organisation calendar's working days at their day's hours,
 * net of holidays and their absences), utilisation in percent (null when there is demand but no capacity) and
 * whether they are over-allocated.
 */
public record PersonWeeks(List<LocalDate> weeks, List<Row> rows) {

    public record Row(long resourceId, String name, String businessUnit, List<Cell> cells) {
    }

    public record Cell(LocalDate week, BigDecimal demandHours, BigDecimal capacityHours, Integer utilisation,
                       boolean overAllocated) {
    }
}
