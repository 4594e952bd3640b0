package org.lodestar.raid;

import org.lodestar.platform.Actor;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.stereotype.Component;

/**
 * The rights policy of RAID logs, built on the project's: whoever reads a project's detail reads its RAID logs;
 * whoever edits the project (its manager and editing members, its portfolio's managers, the PMO and
 * administrators) writes them. Requesters, who only see project summaries, see none.
 */
@Component
public class RaidRights {

    private final ProjectRights projects;
    private final CurrentUser currentUser;

    RaidRights(ProjectRights projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    /** Refuses (403) whoever may not read the project's RAID logs; 404 when there is no such project. */
    public Actor requireRead(long project) {
        return projects.require(new ProjectId(project), ProjectRight.READ_DETAIL);
    }

    /** Refuses (403) whoever may not write the project's RAID logs; 404 when there is no such project. */
    public Actor requireWrite(long project) {
        return projects.require(new ProjectId(project), ProjectRight.EDIT);
    }

    /** Refuses (403) whoever reads no project's detail, and so no RAID log (requesters). */
    public Actor requireReadAny() {
        Actor actor = currentUser.actor();
        OrganisationRights.require(actor, OrganisationAct.READ_PROJECT_DETAIL);
        return actor;
    }

    public boolean mayRead(Actor actor, long project) {
        return projects.may(actor, new ProjectId(project), ProjectRight.READ_DETAIL);
    }

    public boolean mayWrite(Actor actor, long project) {
        return projects.may(actor, new ProjectId(project), ProjectRight.EDIT);
    }
}
