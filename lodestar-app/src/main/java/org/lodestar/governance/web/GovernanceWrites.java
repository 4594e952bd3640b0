package org.lodestar.governance.web;

import org.lodestar.governance.Governance;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.stereotype.Component;

/**
 * The right each write of the governance pages and API needs, asked of the rights policy before anything sent is
 * read ({@link org.lodestar.platform.AuthorisedFirst}); the service checks again, per act, when it runs.
 */
@Component
class GovernanceWrites {

    private final ProjectRights rights;
    private final Governance governance;

    GovernanceWrites(ProjectRights rights, Governance governance) {
        this.rights = rights;
        this.governance = governance;
    }

    void authorise(String handler, Long project) {
        if (project == null) return;
        ProjectId id = new ProjectId(project);
        switch (handler) {
            case "adopt", "classify", "override", "decide", "acceptClosure" -> rights.require(id, ProjectRight.DECIDE_GATES);
            case "request", "addStakeholder", "changeStakeholder", "removeStakeholder", "planCommunication",
                 "sentCommunication", "writeClosure" ->
                    rights.require(id, ProjectRight.EDIT);
            case "deliverable", "answer", "complete" -> governance.requireParticipant(id);
            default -> { }
        }
    }
}
