package org.lodestar.planning;

import java.util.ArrayList;
import java.util.List;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.PageResult;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
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
    private final CurrentUser currentUser;

    ProjectAccess(ProjectRegistry projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    ProjectView readable(ProjectId id) {
        ProjectView project = projects.get(id);
        if (project.summaryOnly()) throw new AccessDeniedException("may not read the plan of " + project.code());
        return project;
    }

    /** Whether the reader sees public summaries only, and so no plans. */
    boolean seesSummariesOnly() {
        return currentUser.actor().seesSummariesOnly();
    }

    /** The projects the reader may see, of one portfolio or all, in code order. */
    List<ProjectRow> projects(Long portfolioId) {
        List<ProjectRow> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResult<ProjectRow> found = projects.search(new ProjectQuery(null, portfolioId, null, null, null, null,
                    null, null, null, false, "code", false, page, ProjectQuery.MAX_SIZE));
            rows.addAll(found.items());
            if (!found.hasNext()) return rows;
        }
    }

    ProjectView editable(ProjectId id) {
        ProjectView project = readable(id);
        if (!project.editable()) throw new AccessDeniedException("may not change the plan of " + project.code());
        return project;
    }
}
