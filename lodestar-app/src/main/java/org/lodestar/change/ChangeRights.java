package org.lodestar.change;

import org.lodestar.platform.Actor;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.stereotype.Component;

/**
 * The rights policy of change control, built on the project's: whoever reads a project's detail reads its change
 * requests; its editors raise, revise, submit and implement them and decide those routed to the project; only whoever
 * decides its gates (the steering committee: the PMO, administrators and the portfolio's managers) decides those
 * routed to the steering committee. The PMO and administrators keep the thresholds.
 */
@Component
public class ChangeRights {

    private final ProjectRights projects;
    private final CurrentUser currentUser;

    ChangeRights(ProjectRights projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    public Actor requireRead(long project) {
        return projects.require(new ProjectId(project), ProjectRight.READ_DETAIL);
    }

    public Actor requireWrite(long project) {
        return projects.require(new ProjectId(project), ProjectRight.EDIT);
    }

    /** Refuses (403) whoever the route does not name as the decider. */
    public Actor requireDecide(long project, ChangeRouting routing) {
        return projects.require(new ProjectId(project), right(routing));
    }

    /** Refuses (403) whoever reads no project's detail (requesters). */
    public Actor requireReadAny() {
        Actor actor = currentUser.actor();
        OrganisationRights.require(actor, OrganisationAct.READ_PROJECT_DETAIL);
        return actor;
    }

    public Actor requireKeepThresholds() {
        Actor actor = currentUser.actor();
        OrganisationRights.require(actor, OrganisationAct.SET_CHANGE_THRESHOLDS);
        return actor;
    }

    public boolean mayRead(Actor actor, long project) {
        return projects.may(actor, new ProjectId(project), ProjectRight.READ_DETAIL);
    }

    public boolean mayWrite(Actor actor, long project) {
        return projects.may(actor, new ProjectId(project), ProjectRight.EDIT);
    }

    public boolean mayDecide(Actor actor, long project, ChangeRouting routing) {
        return projects.may(actor, new ProjectId(project), right(routing));
    }

    private static ProjectRight right(ChangeRouting routing) {
        return routing == ChangeRouting.STEERING_COMMITTEE ? ProjectRight.DECIDE_GATES : ProjectRight.EDIT;
    }
}
