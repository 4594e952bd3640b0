package org.lodestar.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.lodestar.planning.CalendarCommand;
import org.lodestar.planning.CalendarView;
import org.lodestar.planning.Calendars;
import org.lodestar.platform.ETags;
import org.lodestar.portfolio.ProjectId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Working-time calendars over JSON: the organisation's (PMO) and projects' own (project editors). */
@RestController
@RequestMapping("/api/v1/calendars")
@Tag(name = "Calendars", description = "Working weeks, holidays and unit conversions used to schedule plans")
class CalendarsApiController {

    private final Calendars calendars;

    CalendarsApiController(Calendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    @Operation(operationId = "listCalendars",
            summary = "The organisation's calendars, and a project's own with projectId")
    List<CalendarView> list(@RequestParam(required = false) Long projectId) {
        return calendars.list(projectId == null ? null : new ProjectId(projectId));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getCalendar", summary = "One calendar with its working week and exceptions")
    ResponseEntity<CalendarView> get(@PathVariable long id) {
        return answer(ResponseEntity.ok(), calendars.get(id));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "createCalendar",
            summary = "Create a calendar: an organisation one (PMO), or a project's own with projectId")
    ResponseEntity<CalendarView> create(@RequestBody CalendarCommand command) {
        CalendarView created = calendars.create(command);
        return answer(ResponseEntity.created(URI.create("/api/v1/calendars/" + created.id())), created);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateCalendar",
            summary = "Replace a calendar's name, conversions, week and exceptions; 409 when the version is stale")
    ResponseEntity<CalendarView> change(@PathVariable long id, @RequestBody CalendarCommand command,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        CalendarCommand versioned = new CalendarCommand(command.name(), command.projectId(), command.minutesPerDay(),
                command.minutesPerWeek(), command.daysPerMonth(), command.week(), command.exceptions(),
                ETags.from(ifMatch, command.version()));
        return answer(ResponseEntity.ok(), calendars.change(id, versioned));
    }

    private static ResponseEntity<CalendarView> answer(ResponseEntity.BodyBuilder builder, CalendarView calendar) {
        return builder.eTag(ETags.of(calendar.version())).body(calendar);
    }
}
