package org.lodestar.resources.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.lodestar.resources.Booking;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project's demand for a role (or a named person filling it) in one month, at an FTE. It changes only through its
 * acts: {@link #allocate}, {@link #revise} and {@link #staff} (a named person replaces the generic role).
 */
@Table("allocation")
public class Allocation {

    @Id
    private Long id;
    private long project;
    private String role;
    private Long resource;
    private LocalDate monthStart;
    private BigDecimal fte;
    private String booking;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    Allocation() {
    }

    public static Allocation allocate(long project, String role, Long resource, LocalDate month, BigDecimal fte,
                                      Booking booking, Instant now) {
        Allocation allocation = new Allocation();
        allocation.project = project;
        allocation.createdAt = now;
        allocation.role = role;
        allocation.resource = resource;
        allocation.monthStart = month.withDayOfMonth(1);
        allocation.revise(fte, booking, now);
        return allocation;
    }

    public void revise(BigDecimal fte, Booking booking, Instant now) {
        this.fte = fte;
        this.booking = booking.name();
        updatedAt = now;
    }

    /** A named person fills the role: the allocation is theirs from now on, at the FTE they give it. */
    public void staff(long resource, BigDecimal fte, Instant now) {
        this.resource = resource;
        this.fte = fte;
        updatedAt = now;
    }

    public Long id() { return id; }
    public long project() { return project; }
    public String role() { return role; }
    public Long resource() { return resource; }
    public LocalDate month() { return monthStart; }
    public BigDecimal fte() { return fte; }
    public Booking booking() { return Booking.valueOf(booking); }
    public long version() { return version == null ? 0 : version; }
}
