package org.lodestar.pmo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A mentor coaching a project manager. It changes only through its acts: {@link #assign}, {@link #logSession} with
 * the actions agreed (while active), {@link #followUp} an action, and {@link #end}.
 */
@Table("mentoring")
public class Mentoring {

    @Id
    private Long id;
    private long mentor;
    private long mentee;
    private LocalDate startedOn;
    private LocalDate endedOn;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "mentoring", keyColumn = "position")
    private List<CoachingSession> sessions = new ArrayList<>();
    @MappedCollection(idColumn = "mentoring", keyColumn = "position")
    private List<CoachingAction> actions = new ArrayList<>();

    Mentoring() {
    }

    public static Mentoring assign(long mentor, long mentee, LocalDate startedOn, Instant now) {
        Mentoring mentoring = new Mentoring();
        mentoring.mentor = mentor;
        mentoring.mentee = mentee;
        mentoring.startedOn = startedOn;
        mentoring.createdAt = now;
        mentoring.updatedAt = now;
        return mentoring;
    }

    /** Logs a session and the actions agreed in it. */
    public void logSession(CoachingSession session, List<String> agreed, List<LocalDate> due, Instant now) {
        requireActive("logSession");
        sessions.add(session);
        for (int i = 0; i < agreed.size(); i++) {
            actions.add(new CoachingAction(sessions.size() - 1, agreed.get(i), due.get(i), false, null));
        }
        updatedAt = now;
    }

    /** Marks the action at this index done with its follow-up; false when there is no such action. */
    public boolean followUp(int index, String note, Instant now) {
        if (index < 0 || index >= actions.size()) return false;
        if (actions.get(index).done()) {
            throw new ConflictException("pmo.coaching.conflict.done", new Object[] {index + 1},
                    Map.of("action", index, "act", "followUp"), "action " + (index + 1) + " is followed up already");
        }
        actions.set(index, actions.get(index).followedUp(note));
        updatedAt = now;
        return true;
    }

    public void end(LocalDate on, Instant now) {
        requireActive("end");
        endedOn = on;
        updatedAt = now;
    }

    private void requireActive(String act) {
        if (endedOn != null) {
            throw new ConflictException("pmo.coaching.conflict.ended", new Object[] {endedOn},
                    Map.of("endedOn", endedOn.toString(), "act", act), "mentoring " + id + " ended on " + endedOn);
        }
    }

    public Long id() {
        return id;
    }

    public long mentor() {
        return mentor;
    }

    public long mentee() {
        return mentee;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public List<CoachingSession> sessions() {
        return List.copyOf(sessions);
    }

    public List<CoachingAction> actions() {
        return List.copyOf(actions);
    }
}
