package org.lodestar.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.lodestar.platform.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A condition of a Go with conditions, tracked as an action until someone on the project marks it done. */
@Table("gate_action")
public class GateAction {

    @Id
    private Long id;
    private long project;
    private long gateReview;
    private String text;
    private Long owner;
    private LocalDate due;
    private boolean done;
    private Long doneBy;
    private Instant doneAt;
    private String note;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    GateAction() {
    }

    public static GateAction of(long project, long gateReview, String text, Long owner, LocalDate due, Instant now) {
        GateAction action = new GateAction();
        action.project = project;
        action.gateReview = gateReview;
        action.text = text;
        action.owner = owner;
        action.due = due;
        action.createdAt = now;
        action.updatedAt = now;
        return action;
    }

    /** Marks the action done, with an optional note; 409 when it is done already. */
    public void complete(long by, String note, long fromVersion, Instant now) {
        if (done) {
            throw new ConflictException("governance.action.done", new Object[] {text}, Map.of("action", id),
                    "action " + id + " is done already");
        }
        done = true;
        doneBy = by;
        doneAt = now;
        this.note = note;
        version = fromVersion;
        updatedAt = now;
    }

    public long id() { return id; }
    public long project() { return project; }
    public long gateReview() { return gateReview; }
    public String text() { return text; }
    public Long owner() { return owner; }
    public LocalDate due() { return due; }
    public boolean done() { return done; }
    public Long doneBy() { return doneBy; }
    public Instant doneAt() { return doneAt; }
    public String note() { return note; }
    public long version() { return version == null ? 0 : version; }
}
