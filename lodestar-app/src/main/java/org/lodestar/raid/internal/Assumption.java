package org.lodestar.raid.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.lodestar.platform.ConflictException;
import org.lodestar.raid.AssumptionState;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An assumption of a project's log; acts: {@link #record}, {@link #change}, {@link #conclude}. */
@Table("raid_assumption")
public class Assumption {

    @Id
    private Long id;
    private long project;
    private String title;
    private String description;
    private Long ownerId;
    private LocalDate validateBy;
    private String state;
    private String note;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    Assumption() {
    }

    public static Assumption record(long project, String title, String description, Long owner,
                                    LocalDate validateBy, Instant now) {
        Assumption assumption = new Assumption();
        assumption.project = project;
        assumption.state = AssumptionState.OPEN.name();
        assumption.createdAt = now;
        assumption.apply(title, description, owner, validateBy, now);
        return assumption;
    }

    public void change(String title, String description, Long owner, LocalDate validateBy, Instant now) {
        requireOpen("change");
        apply(title, description, owner, validateBy, now);
    }

    /** Validates ({@code true}) or invalidates it, once, with what showed it. */
    public void conclude(boolean holds, String note, Instant now) {
        requireOpen(holds ? "validate" : "invalidate");
        state = (holds ? AssumptionState.VALIDATED : AssumptionState.INVALIDATED).name();
        this.note = note;
        updatedAt = now;
    }

    private void apply(String title, String description, Long owner, LocalDate validateBy, Instant now) {
        this.title = title;
        this.description = description;
        this.ownerId = owner;
        this.validateBy = validateBy;
        this.updatedAt = now;
    }

    private void requireOpen(String act) {
        if (state() != AssumptionState.OPEN) {
            throw new ConflictException("raid.assumption.act.refused", new Object[] {title, state},
                    Map.of("state", state, "act", act), "assumption " + id + " is " + state + ": it cannot " + act);
        }
    }

    public Long id() { return id; }
    public long project() { return project; }
    public String title() { return title; }
    public String description() { return description; }
    public Long ownerId() { return ownerId; }
    public LocalDate validateBy() { return validateBy; }
    public AssumptionState state() { return AssumptionState.valueOf(state); }
    public String note() { return note; }
    public long version() { return version == null ? 0 : version; }
}
