package org.lodestar.timesheets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.platform.Actor;
import org.lodestar.platform.Role;
import org.lodestar.platform.ToDo;
import org.lodestar.platform.ToDoSource;
import org.lodestar.timesheets.internal.Timesheet;
import org.lodestar.timesheets.internal.TimesheetRecords;
import org.springframework.stereotype.Component;

/**
 * Timesheets' to-dos: the reader's own sheets given back to them, last week's sheet while it is not submitted (the
 * rule of {@link TimesheetReminders}: team members and project managers who work on an active project), and each
 * submitted sheet the reader may approve, dated by the last day of its week.
 */
@Component
class TimesheetToDos implements ToDoSource {

    private final Timesheets timesheets;
    private final TimesheetRights rights;
    private final TimesheetRecords records;

    TimesheetToDos(Timesheets timesheets, TimesheetRights rights, TimesheetRecords records) {
        this.timesheets = timesheets;
        this.rights = rights;
        this.records = records;
    }

    @Override
    public List<ToDo> toDos(Actor actor, LocalDate today) {
        if (actor.seesSummariesOnly()) return List.of();
        List<ToDo> found = new ArrayList<>();
        long person = actor.id().value();
        List<Timesheet> returned = records.findByPersonAndStateOrderByWeekStartAsc(person,
                TimesheetState.RETURNED.name());
        for (Timesheet sheet : returned) {
            found.add(new ToDo("todo.timesheet.returned", List.of(sheet.weekStart().toString()),
                    "/timesheets?week=" + sheet.weekStart(), sheet.weekStart().plusDays(6), false));
        }
        LocalDate lastWeek = Timesheets.monday(today).minusWeeks(1);
        if (actor.hasAny(Role.TEAM_MEMBER, Role.PROJECT_MANAGER) && !rights.workedOn().isEmpty()) {
            TimesheetState state = records.findByPersonAndWeekStart(person, lastWeek).map(Timesheet::state)
                    .orElse(TimesheetState.DRAFT);
            if (state == TimesheetState.DRAFT) {
                found.add(new ToDo("todo.timesheet.submit", List.of(lastWeek.toString()),
                        "/timesheets?week=" + lastWeek, lastWeek.plusDays(6), true));
            }
        }
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
