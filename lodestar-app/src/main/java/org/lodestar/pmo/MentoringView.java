package org.lodestar.pmo;

import java.time.LocalDate;
import java.util.List;
import org.lodestar.portfolio.Reference;

/**
 * A mentor and the project manager they coach: the sessions held, newest first, and the actions agreed in them.
 * {@code loggable}: the reader may log sessions and follow actions up (the mentor, or the PMO).
 */
public record MentoringView(long id, Reference mentor, Reference mentee, LocalDate startedOn, LocalDate endedOn,
                            List<Session> sessions, List<Action> actions, int overdueActions, boolean loggable,
                            long version) {

    public record Session(int index, LocalDate heldOn, List<CoachingTopic> topics, String notes) {
    }

    public record Action(int index, int session, String description, LocalDate dueOn, boolean done, String followUp,
                         boolean overdue) {
    }

    public boolean active() {
        return endedOn == null;
    }
}
