package org.lodestar.timesheets;

import java.util.ArrayList;
import java.util.List;
import org.lodestar.platform.Actor;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.PageResult;
import org.lodestar.platform.Rights;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.springframework.stereotype.Component;

/**
 * The rights policy of timesheets, built on the project's:
 * <ul>
 * <li>Everyone who reads projects' detail (everyone but requesters) keeps their own timesheets, and logs hours on
 * the active projects they work on: those they manage or are on the team of (the registry's "mine", as the
 * project list's filter decides it).</li>
 * <li>A timesheet is read by its person and by whoever may approve it.</li>
 * <li>Whoever edits a project (its manager, editors, the portfolio's managers, the PMO, administrators) or manages
 * its resources (resource managers) approves that project's hours on a timesheet, and may return the sheet while
 * they are not approved; whoever may approve every project not approved yet approves them at once; an approver of
 * one of its projects reads the sheet; nobody approves their own.</li>
 * <li>The PMO and administrators close months.</li>
 * </ul>
 */
@Component
public class TimesheetRights {

    private final ProjectRights projects;
    private final ProjectRegistry registry;
    private final CurrentUser currentUser;

    TimesheetRights(ProjectRights projects, ProjectRegistry registry, CurrentUser currentUser) {
        this.projects = projects;
        this.registry = registry;
        this.currentUser = currentUser;
    }

    /** Refuses (403) whoever keeps no timesheets (requesters). */
    public Actor requireKeeper() {
        Actor actor = currentUser.actor();
        OrganisationRights.require(actor, OrganisationAct.READ_PROJECT_DETAIL);
        return actor;
    }

    /** The active projects the signed-in person works on (manages or is on the team of), by code. */
    public List<ProjectRow> workedOn() {
        Actor actor = requireKeeper();
        List<ProjectRow> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResult<ProjectRow> found = registry.search(new ProjectQuery(null, null, null, ProjectState.ACTIVE,
                    null, null, null, null, null, true, "code", false, page, ProjectQuery.MAX_SIZE));
            rows.addAll(found.items());
            if (!found.hasNext()) break;
        }
        return actor.seesSummariesOnly() ? List.of() : rows;
    }

    public boolean mayApprove(Actor actor, long project) {
        return projects.may(actor, new ProjectId(project), ProjectRight.EDIT)
                || projects.may(actor, new ProjectId(project), ProjectRight.MANAGE_RESOURCES);
    }

    /** Whether the actor may approve a sheet with hours on these projects: every one of them, and not their own. */
    public boolean mayApprove(Actor actor, long person, List<Long> projectIds) {
        if (actor.id().value() == person) return false;
        if (projectIds.isEmpty()) {
            return actor.runsTheRegistry() || actor.has(org.lodestar.platform.Role.RESOURCE_MANAGER);
        }
        return projectIds.stream().allMatch(project -> mayApprove(actor, project));
    }

    /** Whether the actor may approve one of these projects' hours on a sheet of this person (not their own). */
    public boolean mayApproveAny(Actor actor, long person, List<Long> projectIds) {
        if (actor.id().value() == person) return false;
        if (projectIds.isEmpty()) return mayApprove(actor, person, projectIds);
        return projectIds.stream().anyMatch(project -> mayApprove(actor, project));
    }

    /** Refuses (403) whoever may approve none of these projects' hours on a sheet of this person. */
    public Actor requireApproveAny(long person, List<Long> projectIds) {
        Actor actor = currentUser.actor();
        Rights.require(mayApproveAny(actor, person, projectIds), actor, "decide on the timesheet");
        return actor;
    }

    /** Refuses (403) whoever may not approve a sheet of this person with hours on these projects. */
    public Actor requireApprove(long person, List<Long> projectIds) {
        Actor actor = currentUser.actor();
        Rights.require(mayApprove(actor, person, projectIds), actor, "approve the timesheet");
        return actor;
    }

    /** Refuses (403) whoever is not the sheet's person. */
    public Actor requireOwn(long person) {
        Actor actor = requireKeeper();
        Rights.require(actor.id().value() == person, actor, "write another person's timesheet");
        return actor;
    }

    public Actor requireClosePeriods() {
        Actor actor = currentUser.actor();
        OrganisationRights.require(actor, OrganisationAct.CLOSE_TIMESHEET_PERIODS);
        return actor;
    }

    /** Whether anyone at all may approve sheets (managers of a project, resource managers, PMO, administrators). */
    public boolean approvesAny(Actor actor) {
        return actor.runsTheRegistry() || actor.hasAny(org.lodestar.platform.Role.RESOURCE_MANAGER,
                org.lodestar.platform.Role.PORTFOLIO_MANAGER, org.lodestar.platform.Role.PROJECT_MANAGER,
                org.lodestar.platform.Role.TEAM_MEMBER);
    }
}
