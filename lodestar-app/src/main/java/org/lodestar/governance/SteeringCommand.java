package org.lodestar.governance;

import java.time.LocalDate;
import java.util.List;

/** The commands of steering committees; {@code version} is the version (optimistic locking) they were made from. */
public final class SteeringCommand {

    private SteeringCommand() {
    }

    /** A member of the committee: a person and their role on it (plain text). */
    public record Member(Long personId, String role) {
    }

    /** Form the portfolio's committee (no version) or change it (the version it was read at): the PMO's act. */
    public record Keep(String name, Long chairId, MeetingCadence cadence, List<Member> members, Long version) {
    }

    /** Schedule a meeting on a date, with its agenda (one item a line). */
    public record Schedule(LocalDate heldOn, String agenda) {
    }

    /** Record a scheduled meeting as held: who attended and the minutes; the version is the meeting's. */
    public record Record(List<Long> attendeeIds, String minutes, Long version) {
    }

    /** A decision taken in a held meeting; {@code decidedOn} defaults to the meeting's date, the project is optional. */
    public record Decide(String text, LocalDate decidedOn, Long projectId) {
    }

    /** An action agreed in a held meeting: what, who owns it, by when (optional). */
    public record Assign(String text, Long ownerId, LocalDate due) {
    }

    /** Close an open action, with an optional note; the version is the action's. */
    public record Close(String note, Long version) {
    }
}
