package org.lodestar.planning;

import java.util.List;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.PageResult;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectView;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a project's plan, as the portfolio module decides for the project itself: its readers
 * read the plan, except those who see public summaries only (a plan is detail, like the project's history); its
 * editors change it. A project that does not exist is 404.
 */
@Component
class ProjectAccess {

    private final ProjectRegistry projects;
    private final ProjectRights rights;
    private final OrganisationRights organisationRights;

    ProjectAccess(ProjectRegistry projects, ProjectRights rights, OrganisationRights organisationRights) {
        this.projects = projects;
        this.rights = rights;
        this.organisationRights = organisationRights;
    }

    ProjectView readable(ProjectId id) {
        rights.require(id, ProjectRight.READ_DETAIL);
        return projects.get(id);
    }

    /** The project's code, to name it in a message, when the reader may see its detail. */
    java.util.Optional<String> codeIfReadable(ProjectId id) {
        return rights.may(id, ProjectRight.READ_DETAIL) ? java.util.Optional.of(projects.get(id).code())
                : java.util.Optional.empty();
    }

    /** Refuses (403) those who see public summaries only, and so no plans of any project. */
    void requireDetailReader() {
        organisationRights.require(OrganisationAct.READ_PROJECT_DETAIL);
    }

    /** Refuses (403) those who may not change the organisation's calendars. */
    void requireOrganisationCalendars() {
        organisationRights.require(OrganisationAct.CHANGE_ORGANISATION_CALENDARS);
    }

    /** Whether the reader may change the organisation's calendars. */
    boolean changesOrganisationCalendars() {
        return organisationRights.may(OrganisationAct.CHANGE_ORGANISATION_CALENDARS);
    }

    /** The projects the reader may see, of one portfolio or all, in code order. */
    List<ProjectRow> projects(Long portfolioId) {
        return projects.everyRow(portfolioId);
    }

    /** A page of the projects the reader may see (only those they take part in, when {@code mine}). */
    PageResult<ProjectRow> page(boolean mine, String sort, int page, int size) {
        return projects.search(new ProjectQuery(null, null, null, null, null, null, null, null, null, mine, sort,
                false, page, size));
    }

    /** Gives the registry the dates of the project's plan (null: it has none), in the plan's transaction. */
    void followPlan(ProjectId id, org.lodestar.portfolio.PlanDates dates) {
        projects.followPlan(id, dates);
    }

    /** The same for a change whose rights its caller decided (see {@link ActualWork}). */
    void followPlanAsDecided(ProjectId id, org.lodestar.portfolio.PlanDates dates) {
        projects.followPlanAsDecided(id, dates);
    }

    /** The project as the registry has it, for a change whose rights its caller decided. */
    ProjectView any(ProjectId id) {
        return projects.get(id);
    }

    /** Whether the reader may edit the project (its plan included). */
    boolean mayEdit(ProjectId id) {
        return rights.may(id, ProjectRight.EDIT);
    }

    ProjectView editable(ProjectId id) {
        rights.require(id, ProjectRight.EDIT);
        return projects.get(id);
    }
}
