package org.lodestar.governance.web;

import org.lodestar.governance.SteeringCommittees;
import org.lodestar.governance.SteeringRights;
import org.springframework.stereotype.Component;

/**
 * The right each write of the steering API and pages needs, asked of the rights policy before anything sent is read
 * ({@link org.lodestar.platform.AuthorisedFirst}); the service checks again when it runs.
 */
@Component
class SteeringWrites {

    private final SteeringCommittees steering;
    private final SteeringRights rights;

    SteeringWrites(SteeringCommittees steering, SteeringRights rights) {
        this.steering = steering;
        this.rights = rights;
    }

    /** {@code id} is the portfolio's (keep, schedule), the meeting's (record, decide, assign) or the action's (close). */
    void authorise(String handler, Long id) {
        if (id == null) return;
        switch (handler) {
            case "keep" -> rights.requireKeeper();
            case "schedule" -> rights.requireDecider(id);
            case "record", "decide", "assign" -> rights.requireDecider(steering.portfolioOfMeeting(id));
            case "close" -> {
                long[] portfolioAndOwner = steering.portfolioAndOwnerOfAction(id);
                rights.requireCloser(portfolioAndOwner[0], portfolioAndOwner[1]);
            }
            default -> { }
        }
    }
}
