package org.lodestar.status.internal;

import java.time.Instant;
import org.lodestar.status.CycleCommand;
import org.lodestar.status.CycleScope;
import org.lodestar.status.Frequency;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A reporting cycle set by the PMO: how often, on which day, for which projects, and when to remind. */
@Table("reporting_cycle")
public class ReportingCycle {

    @Id
    private Long id;
    private String name;
    private Frequency frequency;
    private int dueDay;
    private CycleScope scope;
    private Long scopeId;
    private int remindDaysBefore;
    private boolean remindOverdue;
    private boolean active;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    ReportingCycle() {
    }

    /** A cycle from a validated command. */
    public static ReportingCycle create(CycleCommand command, Instant now) {
        ReportingCycle cycle = new ReportingCycle();
        cycle.createdAt = now;
        cycle.apply(command, now);
        return cycle;
    }

    public void change(CycleCommand command, long fromVersion, Instant now) {
        version = fromVersion;
        apply(command, now);
    }

    private void apply(CycleCommand command, Instant now) {
        name = command.name().strip();
        frequency = command.frequency();
        dueDay = command.dueDay();
        scope = command.scope();
        scopeId = command.scope() == CycleScope.ALL ? null : command.scopeId();
        remindDaysBefore = command.remindDaysBefore();
        remindOverdue = command.remindOverdue();
        active = command.active();
        updatedAt = now;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public Frequency frequency() { return frequency; }
    public int dueDay() { return dueDay; }
    public CycleScope scope() { return scope; }
    public Long scopeId() { return scopeId; }
    public int remindDaysBefore() { return remindDaysBefore; }
    public boolean remindOverdue() { return remindOverdue; }
    public boolean active() { return active; }
    public long version() { return version == null ? 0 : version; }
}
