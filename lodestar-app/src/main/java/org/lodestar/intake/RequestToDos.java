package org.lodestar.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.intake.internal.IntakeRecords;
import org.lodestar.platform.Actor;
import org.lodestar.platform.ToDo;
import org.lodestar.platform.ToDoSource;
import org.springframework.stereotype.Component;

/**
 * Intake's to-dos: for a reviewer, each request submitted, in screening or in evaluation in a portfolio they review,
 * due when its state's service level ends; for a requester, each of their requests returned to them for changes.
 */
@Component
class RequestToDos implements ToDoSource {

    private static final List<RequestState> REVIEWED = List.of(RequestState.SUBMITTED, RequestState.SCREENING,
            RequestState.EVALUATION);

    private final IntakeRecords records;
    private final RequestDesk desk;

    RequestToDos(IntakeRecords records, RequestDesk desk) {
        this.records = records;
        this.desk = desk;
    }

    /** Read as rows, not aggregates, and the review right asked once per portfolio: the home page shows them. */
    @Override
    public List<ToDo> toDos(Actor actor, LocalDate today) {
        List<ToDo> found = new ArrayList<>();
        List<RequestState> states = new ArrayList<>(REVIEWED);
        states.add(RequestState.RETURNED);
        Map<Long, Boolean> reviewed = new HashMap<>(); // by portfolio; the null key: requests without one
        for (IntakeRecords.OpenRequest request : records.inStates(states)) {
            String link = "/requests/" + request.id();
            if (request.state() == RequestState.RETURNED) {
                if (request.requester() == actor.id().value()) {
                    found.add(new ToDo("todo.intake.returned", List.of(request.code(), request.title()), link, null,
                            false));
                }
            } else if (reviewed.computeIfAbsent(request.portfolio(), portfolio -> desk.reviews(actor, portfolio))) {
                LocalDate due = LocalDate.ofInstant(request.stateSince(), ZoneId.of("UTC"))
                        .plusDays(request.state().slaDays());
                found.add(new ToDo("todo.intake.review", List.of(request.code(), request.title()), link, due,
                        due.isBefore(today)));
            }
        }
        return found;
    }
}
