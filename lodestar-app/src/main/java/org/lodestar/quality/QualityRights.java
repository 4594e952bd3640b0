package org.lodestar.quality;

import org.lodestar.platform.Actor;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.stereotype.Component;

/**
 * The rights policy of quality, built on the project's: whoever reads a project's detail reads its quality reviews
 * and lessons; the PMO and administrators (who review projects: {@link ProjectRight#REVIEW}) hold reviews, record
 * findings and close them; the project's editors complete corrective actions and record lessons. Lessons are
 * searched by everyone who reads projects' detail, each among the projects they read.
 */
@Component
public class QualityRights {

    private final ProjectRights projects;
    private final CurrentUser currentUser;

    QualityRights(ProjectRights projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    public Actor requireRead(long project) {
        return projects.require(new ProjectId(project), ProjectRight.READ_DETAIL);
    }

    public Actor requireReview(long project) {
        return projects.require(new ProjectId(project), ProjectRight.REVIEW);
    }

    public Actor requireWrite(long project) {
        return projects.require(new ProjectId(project), ProjectRight.EDIT);
    }

    public Actor requireReadAny() {
        Actor actor = currentUser.actor();
        OrganisationRights.require(actor, OrganisationAct.READ_PROJECT_DETAIL);
        return actor;
    }

    public boolean mayRead(Actor actor, long project) {
        return projects.may(actor, new ProjectId(project), ProjectRight.READ_DETAIL);
    }

    public boolean mayReview(Actor actor, long project) {
        return projects.may(actor, new ProjectId(project), ProjectRight.REVIEW);
    }

    public boolean mayWrite(Actor actor, long project) {
        return projects.may(actor, new ProjectId(project), ProjectRight.EDIT);
    }
}
