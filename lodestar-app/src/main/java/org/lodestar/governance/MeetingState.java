package org.lodestar.governance;

/** A steering meeting is scheduled, then held once its attendance and minutes are recorded. */
public enum MeetingState {
    SCHEDULED, HELD;

    public String messageKey() {
        return "governance.steering.meeting.state." + name();
    }
}
