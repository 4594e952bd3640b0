package org.lodestar.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.lodestar.platform.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An action agreed in a held steering meeting ({@link #assign}), open until {@link #close}d by an act. */
@Table("steering_action")
public class SteeringAction {

    @Id
    private Long id;
    private long meeting;
    private long portfolio;
    private String text;
    private long owner;
    private LocalDate due;
    private boolean done;
    private Long closedBy;
    private Instant closedAt;
    private String note;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    SteeringAction() {
    }

    public static SteeringAction assign(SteeringMeeting meeting, String text, long owner, LocalDate due, Instant now) {
        meeting.requireHeld();
        SteeringAction action = new SteeringAction();
        action.meeting = meeting.id();
        action.portfolio = meeting.portfolio();
        action.text = text;
        action.owner = owner;
        action.due = due;
        action.createdAt = now;
        action.updatedAt = now;
        return action;
    }

    /** Closes the action as done, with an optional note; 409 when it is closed already. */
    public void close(long by, String note, long fromVersion, Instant now) {
        if (done) {
            throw new ConflictException("governance.steering.action.closed", new Object[] {text}, Map.of("action", id),
                    "action " + id + " is closed already");
        }
        done = true;
        closedBy = by;
        closedAt = now;
        this.note = note;
        version = fromVersion;
        updatedAt = now;
    }

    public long id() { return id; }
    public long meeting() { return meeting; }
    public long portfolio() { return portfolio; }
    public String text() { return text; }
    public long owner() { return owner; }
    public LocalDate due() { return due; }
    public boolean done() { return done; }
    public Long closedBy() { return closedBy; }
    public Instant closedAt() { return closedAt; }
    public String note() { return note; }
    public long version() { return version == null ? 0 : version; }
}
