package org.lodestar.pmo.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.pmo.Coaching;
import org.lodestar.pmo.CoachingCommand;
import org.lodestar.pmo.MentoringView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/pmo/mentorings")
@Tag(name = "PMO coaching", description = "Mentors of project managers, the log of their coaching sessions and the actions agreed, read only by the mentor, the mentee and the PMO")
class CoachingApiController implements AuthorisedFirst {

    /** An act that only carries the version it was taken from. */
    record Act(Long version) {
    }

    private final Coaching coaching;
    private final OrganisationRights rights;

    CoachingApiController(Coaching coaching, OrganisationRights rights) {
        this.coaching = coaching;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        switch (handler) {
            case "assignMentor", "endMentoring" -> rights.require(OrganisationAct.ASSIGN_MENTORS);
            case "logCoachingSession", "followUpCoachingAction" -> {
                if (id != null) coaching.authoriseLog(id);
            }
            default -> { }
        }
    }

    @GetMapping
    @Operation(operationId = "listMentorings", summary = "The mentorings the reader takes part in (the PMO: all), newest first")
    List<MentoringView> listMentorings() {
        return coaching.list();
    }

    @PostMapping
    @Operation(operationId = "assignMentor", summary = "Assign a mentor to a project manager (the PMO)")
    ResponseEntity<MentoringView> assignMentor(@RequestBody CoachingCommand.Assign command) {
        MentoringView assigned = coaching.assign(command);
        return ResponseEntity.created(URI.create("/api/v1/pmo/mentorings/" + assigned.id())).body(assigned);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getMentoring", summary = "A mentoring's coaching log: sessions and agreed actions (its mentor, mentee and the PMO only)")
    MentoringView getMentoring(@PathVariable long id) {
        return coaching.get(id);
    }

    @PostMapping("/{id}/end")
    @Operation(operationId = "endMentoring", summary = "End a mentoring (the PMO)")
    MentoringView endMentoring(@PathVariable long id, @RequestBody(required = false) Act act) {
        return coaching.end(id, act == null ? null : act.version());
    }

    @PostMapping("/{id}/sessions")
    @Operation(operationId = "logCoachingSession", summary = "Log a coaching session with its topics, notes and the actions agreed (the mentor or the PMO)")
    MentoringView logCoachingSession(@PathVariable long id, @RequestBody CoachingCommand.Session command) {
        return coaching.logSession(id, command);
    }

    @PostMapping("/{id}/actions/{index}/follow-up")
    @Operation(operationId = "followUpCoachingAction", summary = "Mark an agreed action done, with what came of it")
    MentoringView followUpCoachingAction(@PathVariable long id, @PathVariable int index,
                                         @RequestBody(required = false) CoachingCommand.FollowUp command) {
        return coaching.followUp(id, index, command == null ? new CoachingCommand.FollowUp(null, null) : command);
    }
}
