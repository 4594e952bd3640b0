package org.lodestar.finance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.lodestar.engine.evm.EarningMethod;
import org.lodestar.finance.EarningMethods;
import org.lodestar.finance.EarningMethods.TaskEarning;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.stereotype.Component;

/**
 * The Finance tab's "How tasks earn" section ({@code finance/earning.html}): each working task with its method and
 * milestones, editable by the project's editors, read as text by the others.
 */
@Component
class EarningSection {

    private final EarningMethods earningMethods;
    private final ProjectRights rights;
    private final Clock clock;

    EarningSection(EarningMethods earningMethods, ProjectRights rights, Clock clock) {
        this.earningMethods = earningMethods;
        this.rights = rights;
        this.clock = clock;
    }

    /** What the section shows: whether the reader edits, the tasks, the methods to choose from and today. */
    record View(boolean editable, List<TaskEarning> tasks, List<EarningMethod> methods, LocalDate today) {
    }

    View of(long project) {
        return new View(rights.may(new ProjectId(project), ProjectRight.EDIT), earningMethods.tasks(project),
                List.of(EarningMethod.values()), LocalDate.now(clock));
    }
}
