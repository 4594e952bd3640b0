package org.lodestar.planning;

import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a project's plan, as the portfolio module decides for the project itself: its readers
 * read the plan, except those who see public summaries only (a plan is detail, like the project's history); its
 * editors change it. A project that does not exist is 404.
 */
@Component
class ProjectAccess {

    private final ProjectRegistry projects;

    ProjectAccess(ProjectRegistry projects) {
        this.projects = projects;
    }

    ProjectView readable(ProjectId id) {
        ProjectView project = projects.get(id);
        if (project.summaryOnly()) throw new AccessDeniedException("may not read the plan of " + project.code());
        return project;
    }

    ProjectView editable(ProjectId id) {
        ProjectView project = readable(id);
        if (!project.editable()) throw new AccessDeniedException("may not change the plan of " + project.code());
        return project;
    }
}
