package org.lodestar.portfolio;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.lodestar.platform.Actor;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.Rights;
import org.lodestar.platform.Role;
import org.lodestar.portfolio.internal.Project;
import org.lodestar.portfolio.internal.Projects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rights policy for projects: what an actor may do with one project ({@link ProjectRight}). Every module asks
 * it (directly, or through {@link ProjectView#editable()} and {@link ProjectView#summaryOnly()}, which it
 * computes) and never decides itself.
 * <ul>
 * <li>Read the summary: everyone.</li>
 * <li>Read detail and money: everyone but those who only file requests.</li>
 * <li>Edit: administrators and the PMO every project; a portfolio manager the projects of the portfolios they
 * manage; a project manager or team member the projects they manage or are a member of with edit rights.</li>
 * <li>Review (status reports): administrators and the PMO.</li>
 * <li>Manage resources: administrators, the PMO and resource managers, on every project.</li>
 * <li>Delete: administrators and the PMO.</li>
 * <li>Decide gates (the project's gate board): administrators, the PMO and the managers of its portfolio.</li>
 * </ul>
 * A person holding several roles has the rights of each.
 */
@Component
public class ProjectRights {

    private final Projects projects;
    private final PortfolioRights portfolioRights;
    private final CurrentUser currentUser;

    ProjectRights(Projects projects, PortfolioRights portfolioRights, CurrentUser currentUser) {
        this.projects = projects;
        this.portfolioRights = portfolioRights;
        this.currentUser = currentUser;
    }

    /** Whether the actor may take the act on the project; a project that does not exist is 404. */
    @Transactional(readOnly = true)
    public boolean may(Actor actor, ProjectId project, ProjectRight act) {
        return may(actor, load(project), act);
    }

    /** Whether the signed-in actor may take the act on the project. */
    @Transactional(readOnly = true)
    public boolean may(ProjectId project, ProjectRight act) {
        return may(currentUser.actor(), project, act);
    }

    /** The acts the actor may take on the project. */
    @Transactional(readOnly = true)
    public Set<ProjectRight> acts(Actor actor, ProjectId project) {
        Project found = load(project);
        Set<ProjectRight> acts = EnumSet.noneOf(ProjectRight.class);
        for (ProjectRight act : ProjectRight.values()) if (may(actor, found, act)) acts.add(act);
        return acts;
    }

    /**
     * Refuses the signed-in actor (403) unless they may take the act on the project; 404 when there is no such
     * project (everyone reads every project's summary, so its existence is no secret).
     */
    @Transactional(readOnly = true)
    public Actor require(ProjectId project, ProjectRight act) {
        Actor actor = currentUser.actor();
        Project found = load(project);
        Rights.require(may(actor, found, act), actor, act.words() + " project " + found.code());
        return actor;
    }

    /**
     * Whether the signed-in actor may take the act on every project, whichever it is: true when the actor's roles
     * alone decide the act (every act but editing and deciding gates, and those too for whoever runs the registry)
     * and allow it. A caller listing thousands of projects asks this once, and {@link #may(ProjectId, ProjectRight)}
     * per project only when it is false.
     */
    public boolean mayOnEvery(ProjectRight act) {
        return mayOnEvery(currentUser.actor(), act);
    }

    /** The same for the actor. */
    public boolean mayOnEvery(Actor actor, ProjectRight act) {
        return Boolean.TRUE.equals(byRolesAlone(actor, act));
    }

    /**
     * The act's answer project by project, for a caller going through thousands of them: the same answers as
     * {@link #may(Actor, ProjectId, ProjectRight)}, but decided once when the actor's roles alone decide it (the
     * PMO edits every project; an executive, who neither manages a portfolio nor works on projects, none), and
     * otherwise by loading each project once.
     */
    public LongPredicate mayOnEach(Actor actor, ProjectRight act) {
        Boolean byRoles = byRolesAlone(actor, act);
        if (byRoles != null) return project -> byRoles;
        Map<Long, Boolean> answered = new HashMap<>();
        return project -> answered.computeIfAbsent(project, id -> may(actor, load(new ProjectId(id)), act));
    }

    boolean may(Actor actor, Project project, ProjectRight act) {
        Boolean byRoles = byRolesAlone(actor, act);
        if (byRoles != null) return byRoles;
        return switch (act) {
            case EDIT -> edits(actor, project);
            case DECIDE_GATES -> project.portfolio() != null
                    && portfolioRights.may(actor, project.portfolio(), PortfolioAct.MANAGE);
            default -> throw new IllegalStateException("decided by roles alone: " + act);
        };
    }

    /** Whether the actor's roles allow the act on any project; null when it depends on the project. */
    private static Boolean byRolesAlone(Actor actor, ProjectRight act) {
        return switch (act) {
            case READ_SUMMARY -> true;
            case READ_DETAIL, READ_MONEY -> OrganisationAct.READ_PROJECT_DETAIL.allows(actor);
            case REVIEW, DELETE -> actor.runsTheRegistry();
            case MANAGE_RESOURCES -> actor.runsTheRegistry() || actor.has(Role.RESOURCE_MANAGER);
            // otherwise only a portfolio's manager or the project's own people may (edits, PortfolioRights)
            case EDIT -> actor.runsTheRegistry() ? Boolean.TRUE
                    : actor.hasAny(Role.PORTFOLIO_MANAGER, Role.PROJECT_MANAGER, Role.TEAM_MEMBER) ? null : Boolean.FALSE;
            case DECIDE_GATES -> actor.runsTheRegistry() ? Boolean.TRUE
                    : actor.has(Role.PORTFOLIO_MANAGER) ? null : Boolean.FALSE;
        };
    }

    /** Editing where the roles alone do not decide it ({@link #byRolesAlone} settles the registry's runners). */
    private boolean edits(Actor actor, Project project) {
        if (project.portfolio() != null && portfolioRights.may(actor, project.portfolio(), PortfolioAct.MANAGE)) {
            return true;
        }
        if (!actor.hasAny(Role.PROJECT_MANAGER, Role.TEAM_MEMBER)) return false;
        long me = actor.id().value();
        return (project.manager() != null && project.manager() == me)
                || project.members().stream().anyMatch(member -> member.appUser() == me && member.canEdit());
    }

    private Project load(ProjectId id) {
        return projects.findById(id.value()).orElseThrow(() -> new NotFoundException("project " + id.value()));
    }
}
