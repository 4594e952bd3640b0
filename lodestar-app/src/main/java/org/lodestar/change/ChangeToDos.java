package org.lodestar.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.platform.Actor;
import org.lodestar.platform.ToDo;
import org.lodestar.platform.ToDoSource;
import org.springframework.stereotype.Component;

/**
 * Change control's to-dos: each submitted change request the reader may decide (the project's editors those within
 * the thresholds, the steering committee's deciders those above), oldest first.
 */
@Component
class ChangeToDos implements ToDoSource {

    private final ChangeControl control;

    ChangeToDos(ChangeControl control) {
        this.control = control;
    }

    @Override
    public List<ToDo> toDos(Actor actor, LocalDate today) {
        if (actor.seesSummariesOnly()) return List.of();
        List<ToDo> found = new ArrayList<>();
        for (ChangeRequestView request : control.search(ChangeState.SUBMITTED, null)) {
            if (!request.decidable()) continue;
            String link = request.routing() == ChangeRouting.STEERING_COMMITTEE ? "/change-requests/awaiting"
                    : "/projects/" + request.projectId() + "/changes";
            found.add(new ToDo("todo.change.decide", List.of(request.projectCode(), request.title()), link, null,
                    false));
        }
        return found;
    }
}
