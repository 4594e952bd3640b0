package org.lodestar.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The person × week view: for each person of the pool and each week (its Monday), the hours their named allocations
 * and task assignments ask that week (see {@link Cell}) against the hours they can work (the organisation calendar's working days at their day's hours,
 * net of holidays and their absences), utilisation in percent (null when there is demand but no capacity) and
 * whether they are over-allocated.
 */
public record PersonWeeks(List<LocalDate> weeks, List<Row> rows) {

    /** The same weeks with only page {@code page} (from 0) of {@code size} rows, in the same order. */
    public PersonWeeks page(int page, int size) {
        if (page < 0 || size < 1) throw new IllegalArgumentException("page " + page + ", size " + size);
        int from = (int) Math.min(rows.size(), (long) page * size);
        return new PersonWeeks(weeks, List.copyOf(rows.subList(from, (int) Math.min(rows.size(), (long) from + size))));
    }

    public record Row(long resourceId, String name, String businessUnit, List<Cell> cells) {
    }

    /**
     * A week of a person. {@code demandHours} is the demand the utilisation and over-allocation are computed from:
     * for each project, its assignments' hours that week where the person has any there, else its allocation's (the
     * detailed plan replaces the coarse allocation). {@code allocatedHours} are all the person's named allocations
     * that week (the figure {@code demandHours} was before assignments counted), {@code assignedHours} all their
     * assignments' remaining work that week, and {@code basis} what the demand comes from: {@link Basis#ALLOCATED},
     * {@link Basis#ASSIGNED}, {@link Basis#BOTH} (some projects by each), or null without demand.
     */
    public record Cell(LocalDate week, BigDecimal demandHours, BigDecimal capacityHours, Integer utilisation,
                       boolean overAllocated, BigDecimal allocatedHours, BigDecimal assignedHours, Basis basis) {

        /** A cell of allocations only. */
        public Cell(LocalDate week, BigDecimal demandHours, BigDecimal capacityHours, Integer utilisation,
                    boolean overAllocated) {
            this(week, demandHours, capacityHours, utilisation, overAllocated, demandHours, BigDecimal.ZERO.setScale(1),
                    demandHours.signum() == 0 ? null : Basis.ALLOCATED);
        }
    }

    /** What a cell's demand comes from. */
    public enum Basis { ALLOCATED, ASSIGNED, BOTH }
}
