package org.lodestar.timesheets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.platform.Actor;
import org.lodestar.platform.ToDo;
import org.lodestar.platform.ToDoSource;
import org.springframework.stereotype.Component;

/**
 * Timesheets' to-dos: each submitted sheet the reader may approve, dated by the last day of its week.
 */
@Component
class TimesheetToDos implements ToDoSource {

    private final Timesheets timesheets;
    private final TimesheetRights rights;

    TimesheetToDos(Timesheets timesheets, TimesheetRights rights) {
        this.timesheets = timesheets;
        this.rights = rights;
    }

    @Override
    public List<ToDo> toDos(Actor actor, LocalDate today) {
        if (actor.seesSummariesOnly()) return List.of();
        List<ToDo> found = new ArrayList<>();
        if (rights.approvesAny(actor)) {
            for (TimesheetView sheet : timesheets.queue()) {
                LocalDate due = sheet.weekStart().plusDays(6);
                found.add(new ToDo("todo.timesheet.approve", List.of(sheet.person().name()),
                        "/timesheets/approvals", due, false));
            }
        }
        return found;
    }
}
