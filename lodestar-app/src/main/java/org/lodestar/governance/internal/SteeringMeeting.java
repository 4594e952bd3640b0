package org.lodestar.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestar.governance.MeetingState;
import org.lodestar.platform.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A meeting of a steering committee: {@link #schedule}d on a date with its agenda, then {@link #record}ed as held
 * with its attendance and minutes (once: 409 when held already). Decisions and actions are taken only in a held
 * meeting ({@link #requireHeld}).
 */
@Table("steering_meeting")
public class SteeringMeeting {

    @Id
    private Long id;
    private long committee;
    private long portfolio;
    private LocalDate heldOn;
    private MeetingState state;
    private String agenda;
    private String minutes;
    @MappedCollection(idColumn = "meeting")
    private Set<MeetingAttendee> attendees = new LinkedHashSet<>();
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    SteeringMeeting() {
    }

    public static SteeringMeeting schedule(long committee, long portfolio, LocalDate heldOn, String agenda,
                                           Instant now) {
        SteeringMeeting meeting = new SteeringMeeting();
        meeting.committee = committee;
        meeting.portfolio = portfolio;
        meeting.heldOn = heldOn;
        meeting.agenda = agenda;
        meeting.state = MeetingState.SCHEDULED;
        meeting.createdAt = now;
        meeting.updatedAt = now;
        return meeting;
    }

    /** Records the meeting as held, with who attended and its minutes; 409 when it is held already. */
    public void record(List<Long> attendees, String minutes, long fromVersion, Instant now) {
        if (state != MeetingState.SCHEDULED) {
            throw new ConflictException("governance.steering.meeting.held", new Object[] {heldOn}, Map.of("state", state.name()),
                    "meeting " + id + " is recorded already");
        }
        this.attendees = new LinkedHashSet<>(attendees.stream().map(MeetingAttendee::new).toList());
        this.minutes = minutes;
        this.state = MeetingState.HELD;
        this.version = fromVersion;
        this.updatedAt = now;
    }

    /** Refuses (409) a decision or action in a meeting that has not been held yet. */
    public void requireHeld() {
        if (state != MeetingState.HELD) {
            throw new ConflictException("governance.steering.meeting.notHeld", new Object[] {heldOn},
                    Map.of("state", state.name()), "meeting " + id + " has not been held yet");
        }
    }

    public long id() { return id; }
    public long committee() { return committee; }
    public long portfolio() { return portfolio; }
    public LocalDate heldOn() { return heldOn; }
    public MeetingState state() { return state; }
    public String agenda() { return agenda; }
    public String minutes() { return minutes; }
    public Set<MeetingAttendee> attendees() { return Set.copyOf(attendees); }
    public long version() { return version == null ? 0 : version; }
}
