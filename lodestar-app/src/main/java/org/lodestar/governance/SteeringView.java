package org.lodestar.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lodestar.portfolio.Reference;

/** What steering committees show: a committee with its meetings, a meeting, a decision, an action. */
public final class SteeringView {

    private SteeringView() {
    }

    /**
     * A portfolio's committee; {@code acts} are the reader's ({@code keep}: the PMO; {@code schedule}: the
     * decision-makers). {@code decisionMakers} is true when the reader is one of them.
     */
    public record Committee(long id, Reference portfolio, String name, Reference chair, MeetingCadence cadence,
                            List<Member> members, List<MeetingLine> meetings, boolean decisionMaker,
                            List<String> acts, long version) {
    }

    public record Member(Reference person, String role) {
    }

    public record MeetingLine(long id, LocalDate heldOn, MeetingState state, int decisions, int openActions) {
    }

    /** A meeting in a list of meetings: its portfolio (by id), date and state. */
    public record ListedMeeting(long id, long portfolio, LocalDate heldOn, MeetingState state) {
    }

    /** A meeting; {@code acts}: {@code record}, {@code decide}, {@code assign} for the decision-makers. */
    public record Meeting(long id, long committee, Reference portfolio, String committeeName, LocalDate heldOn,
                          MeetingState state, List<String> agenda, List<Reference> attendees, String minutes,
                          List<Decision> decisions, List<Action> actions, List<String> acts, long version) {
    }

    public record Decision(long id, long meeting, LocalDate meetingHeldOn, String text, LocalDate decidedOn,
                           Reference project, Reference decidedBy) {
    }

    /** An action; {@code closable} when the reader may close it (its owner or a decision-maker) and it is open. */
    public record Action(long id, long meeting, LocalDate meetingHeldOn, String text, Reference owner, LocalDate due,
                         boolean done, Reference closedBy, Instant closedAt, String note, boolean closable,
                         long version) {
    }
}
