package org.lodestar.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lodestar.change.ChangeRequestView;
import org.lodestar.engine.health.Rag;
import org.lodestar.portfolio.Reference;
import org.lodestar.raid.IssuePriority;
import org.lodestar.raid.RiskMatrix;

/**
 * The steering pack of a meeting: the meeting itself, the gates of the portfolio's projects awaiting the board's
 * decision, the change requests routed to the committee and awaiting it, the portfolio's risk matrix and top risks,
 * its projects' open high and critical issues, their computed health, and the actions of earlier meetings still open.
 */
public record MeetingPack(SteeringView.Meeting meeting, List<Gate> gates, List<ChangeRequestView> changes,
                          RiskMatrix risks, List<Issue> issues, List<Health> health,
                          List<SteeringView.Action> openActions) {

    public record Gate(Reference project, String gate, Reference requestedBy, Instant requestedAt) {
    }

    public record Issue(Reference project, String title, IssuePriority priority, Reference owner, LocalDate due) {
    }

    /** A project's computed health and reported health, with the indicators that are not green. */
    public record Health(Reference project, Rag computed, Rag reported, List<String> warnings) {
    }
}
