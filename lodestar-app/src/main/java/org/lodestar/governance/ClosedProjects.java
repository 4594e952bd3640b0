package org.lodestar.governance;

import java.util.Map;
import org.lodestar.platform.ConflictException;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.portfolio.ProjectView;

/**
 * A closed project is read-only wherever governance writes (its lifecycle, deliverables, gates, stakeholders,
 * communication plan and closure report): every write is refused with 409 naming the project and its state.
 */
final class ClosedProjects {

    private ClosedProjects() {
    }

    static void requireOpen(ProjectView project) {
        if (project.state() == ProjectState.CLOSED) {
            throw new ConflictException("governance.closed", new Object[] {project.code()},
                    Map.of("state", project.state().name()), "project " + project.code() + " is closed: read only");
        }
    }
}
