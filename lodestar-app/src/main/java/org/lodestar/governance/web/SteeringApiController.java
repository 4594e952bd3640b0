package org.lodestar.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.governance.SteeringCommand;
import org.lodestar.governance.SteeringCommittees;
import org.lodestar.governance.SteeringView;
import org.lodestar.platform.AuthorisedFirst;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Steering", description = "Portfolios' steering committees: meetings, the decision log and actions")
class SteeringApiController implements AuthorisedFirst {

    private final SteeringCommittees steering;
    private final SteeringWrites writes;

    SteeringApiController(SteeringCommittees steering, SteeringWrites writes) {
        this.steering = steering;
        this.writes = writes;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        writes.authorise(handler, AuthorisedFirst.id(path, "id"));
    }

    @GetMapping("/portfolios/{id}/steering-committee")
    @Operation(operationId = "getSteeringCommittee",
            summary = "The portfolio's steering committee with its members and meetings; 404 when it has none")
    SteeringView.Committee committee(@PathVariable long id) {
        return steering.committee(id);
    }

    @PutMapping("/portfolios/{id}/steering-committee")
    @Operation(operationId = "keepSteeringCommittee",
            summary = "Form the portfolio's steering committee, or change it from its version (the PMO); 400 naming "
                    + "each bad field, 409 when stale")
    SteeringView.Committee keep(@PathVariable long id, @RequestBody SteeringCommand.Keep command) {
        return steering.keep(id, command);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/portfolios/{id}/steering-meetings")
    @Operation(operationId = "scheduleSteeringMeeting",
            summary = "Schedule a meeting of the portfolio's committee (its decision-makers: the gate board of the "
                    + "portfolio's projects); 409 when the portfolio has no committee")
    ResponseEntity<SteeringView.Meeting> schedule(@PathVariable long id,
                                                  @RequestBody SteeringCommand.Schedule command) {
        SteeringView.Meeting meeting = steering.schedule(id, command);
        return ResponseEntity.created(URI.create("/api/v1/steering-meetings/" + meeting.id())).body(meeting);
    }

    @GetMapping("/portfolios/{id}/steering-decisions")
    @Operation(operationId = "listSteeringDecisions",
            summary = "The portfolio's decision log, newest first, filtered by text and project")
    List<SteeringView.Decision> decisions(@PathVariable long id, @RequestParam(required = false) String text,
                                          @RequestParam(required = false) Long projectId) {
        return steering.decisions(id, text, projectId);
    }

    @GetMapping("/portfolios/{id}/steering-actions")
    @Operation(operationId = "listSteeringActions",
            summary = "The actions of the portfolio's committee by due date; only the open ones when open=true")
    List<SteeringView.Action> actions(@PathVariable long id,
                                      @RequestParam(defaultValue = "false") boolean open) {
        return steering.actions(id, open);
    }

    @GetMapping("/steering-meetings")
    @Operation(operationId = "listSteeringMeetings",
            summary = "The meetings of every portfolio's committee, or of one portfolio's (portfolioId), newest first")
    List<SteeringView.ListedMeeting> meetings(@RequestParam(required = false) Long portfolioId) {
        return steering.meetings(portfolioId);
    }

    @GetMapping("/steering-meetings/{id}")
    @Operation(operationId = "getSteeringMeeting", summary = "A meeting with its agenda, attendance, minutes, "
            + "decisions and actions")
    SteeringView.Meeting meeting(@PathVariable long id) {
        return steering.meeting(id);
    }

    @PostMapping("/steering-meetings/{id}/record")
    @Operation(operationId = "recordSteeringMeeting",
            summary = "Record a scheduled meeting as held: attendees and minutes; 409 when held already or stale")
    SteeringView.Meeting record(@PathVariable long id, @RequestBody SteeringCommand.Record command) {
        return steering.record(id, command);
    }

    @PostMapping("/steering-meetings/{id}/decisions")
    @Operation(operationId = "takeSteeringDecision",
            summary = "Take a decision in a held meeting, optionally about one of the portfolio's projects; 409 when "
                    + "the meeting has not been held")
    SteeringView.Meeting decide(@PathVariable long id, @RequestBody SteeringCommand.Decide command) {
        return steering.decide(id, command);
    }

    @PostMapping("/steering-meetings/{id}/actions")
    @Operation(operationId = "assignSteeringAction",
            summary = "Agree an action in a held meeting, with its owner and due date; 409 when not held")
    SteeringView.Meeting assign(@PathVariable long id, @RequestBody SteeringCommand.Assign command) {
        return steering.assign(id, command);
    }

    @PostMapping("/steering-actions/{id}/close")
    @Operation(operationId = "closeSteeringAction",
            summary = "Close an open action with a note (its owner or a decision-maker); 409 when closed or stale")
    SteeringView.Action close(@PathVariable long id, @RequestBody SteeringCommand.Close command) {
        return steering.close(id, command);
    }
}
