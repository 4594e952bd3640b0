package org.lodestar.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.governance.internal.GateReview;
import org.lodestar.governance.internal.GateReviews;
import org.lodestar.platform.Actor;
import org.lodestar.platform.ToDo;
import org.lodestar.platform.ToDoSource;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.portfolio.ProjectView;
import org.springframework.stereotype.Component;

/**
 * Governance's to-dos: each requested gate the reader may decide (the gate board: {@link ProjectRight#DECIDE_GATES}),
 * oldest request first, due from the day it was requested.
 */
@Component
class GateToDos implements ToDoSource {

    private final GateReviews reviews;
    private final ProjectRights rights;
    private final ProjectRegistry registry;

    GateToDos(GateReviews reviews, ProjectRights rights, ProjectRegistry registry) {
        this.reviews = reviews;
        this.rights = rights;
        this.registry = registry;
    }

    @Override
    public List<ToDo> toDos(Actor actor, LocalDate today) {
        if (actor.seesSummariesOnly()) return List.of();
        List<ToDo> found = new ArrayList<>();
        for (GateReview review : reviews.findByStateOrderByRequestedAtAscIdAsc(ReviewState.REQUESTED)) {
            ProjectId project = new ProjectId(review.project());
            if (!rights.may(actor, project, ProjectRight.DECIDE_GATES)) continue;
            ProjectView view = registry.get(project);
            found.add(new ToDo("todo.gate.decide", List.of(review.gateCode(), view.code(), view.name()),
                    "/projects/" + project.value() + "/governance", null, false));
        }
        return found;
    }
}
