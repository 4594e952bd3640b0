package org.lodestar.change.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.change.ChangeControl;
import org.lodestar.change.ChangeDecision;
import org.lodestar.change.ChangeRequestCommand;
import org.lodestar.change.ChangeRequestView;
import org.lodestar.change.ChangeRights;
import org.lodestar.change.ChangeRouting;
import org.lodestar.change.ChangeState;
import org.lodestar.change.ChangeThresholds;
import org.lodestar.platform.AuthorisedFirst;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Change control", description = "Each project's change requests, routed by the PMO's thresholds to the project or the steering committee; an approved schedule change re-baselines the plan")
class ChangeApiController implements AuthorisedFirst {

    private final ChangeControl control;
    private final ChangeRights rights;

    ChangeApiController(ChangeControl control, ChangeRights rights) {
        this.control = control;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long project = AuthorisedFirst.id(path, "projectId");
        Long id = AuthorisedFirst.id(path, "id");
        switch (handler) {
            case "raiseChangeRequest" -> {
                if (project != null) rights.requireWrite(project);
            }
            case "reviseChangeRequest", "submitChangeRequest", "implementChangeRequest" -> {
                if (id != null) control.authoriseWrite(id);
            }
            case "approveChangeRequest", "rejectChangeRequest", "deferChangeRequest" -> {
                if (id != null) control.authoriseDecision(id);
            }
            case "changeChangeThresholds" -> rights.requireKeepThresholds();
            default -> { }
        }
    }

    @GetMapping("/change-thresholds")
    @Operation(operationId = "getChangeThresholds", summary = "The PMO's thresholds above which change requests go to the steering committee")
    ChangeThresholds getChangeThresholds() {
        return control.thresholds();
    }

    @PutMapping("/change-thresholds")
    @Operation(operationId = "changeChangeThresholds", summary = "Change the thresholds (the PMO and administrators)")
    ChangeThresholds changeChangeThresholds(@RequestBody ChangeThresholds command) {
        return control.changeThresholds(command);
    }

    @GetMapping("/projects/{projectId}/change-requests")
    @Operation(operationId = "listChangeRequests", summary = "The project's change log, newest first")
    List<ChangeRequestView> listChangeRequests(@PathVariable long projectId) {
        return control.list(projectId);
    }

    @PostMapping("/projects/{projectId}/change-requests")
    @Operation(operationId = "raiseChangeRequest", summary = "Raise a change request on the project, as a draft (its editors)")
    ResponseEntity<ChangeRequestView> raiseChangeRequest(@PathVariable long projectId,
                                                         @RequestBody ChangeRequestCommand command) {
        ChangeRequestView created = control.raise(projectId, command);
        return ResponseEntity.created(URI.create("/api/v1/change-requests/" + created.id())).body(created);
    }

    @GetMapping("/change-requests")
    @Operation(operationId = "searchChangeRequests", summary = "Change requests of the projects the reader reads",
            description = "Filter state (DRAFT, SUBMITTED, APPROVED, REJECTED, DEFERRED, IMPLEMENTED), routing (PROJECT, STEERING_COMMITTEE) and portfolioId (the portfolio's change log): state=SUBMITTED&routing=STEERING_COMMITTEE lists those awaiting the steering committee.")
    List<ChangeRequestView> searchChangeRequests(@RequestParam(required = false) ChangeState state,
                                                 @RequestParam(required = false) ChangeRouting routing,
                                                 @RequestParam(required = false) Long portfolioId) {
        return control.search(state, routing, portfolioId);
    }

    @GetMapping("/change-requests/{id}")
    @Operation(operationId = "getChangeRequest", summary = "One change request")
    ChangeRequestView getChangeRequest(@PathVariable long id) {
        return control.get(id);
    }

    @PutMapping("/change-requests/{id}")
    @Operation(operationId = "reviseChangeRequest", summary = "Revise a draft change request")
    ChangeRequestView reviseChangeRequest(@PathVariable long id, @RequestBody ChangeRequestCommand command) {
        return control.revise(id, command);
    }

    @PostMapping("/change-requests/{id}/submit")
    @Operation(operationId = "submitChangeRequest", summary = "Submit a draft or deferred change request; it is routed by the thresholds")
    ChangeRequestView submitChangeRequest(@PathVariable long id, @RequestBody ChangeDecision act) {
        return control.submit(id, act.version());
    }

    @PostMapping("/change-requests/{id}/approve")
    @Operation(operationId = "approveChangeRequest", summary = "Approve a submitted change request (whoever its route names); rebaseline saves a new baseline at once")
    ChangeRequestView approveChangeRequest(@PathVariable long id, @RequestBody ChangeDecision decision) {
        return control.approve(id, decision);
    }

    @PostMapping("/change-requests/{id}/reject")
    @Operation(operationId = "rejectChangeRequest", summary = "Reject a submitted change request, with a rationale")
    ChangeRequestView rejectChangeRequest(@PathVariable long id, @RequestBody ChangeDecision decision) {
        return control.reject(id, decision);
    }

    @PostMapping("/change-requests/{id}/defer")
    @Operation(operationId = "deferChangeRequest", summary = "Defer a submitted change request (it may be submitted again)")
    ChangeRequestView deferChangeRequest(@PathVariable long id, @RequestBody ChangeDecision decision) {
        return control.defer(id, decision);
    }

    @PostMapping("/change-requests/{id}/implement")
    @Operation(operationId = "implementChangeRequest", summary = "Mark an approved change request implemented; a schedule change re-baselines the plan")
    ChangeRequestView implementChangeRequest(@PathVariable long id, @RequestBody ChangeDecision act) {
        return control.implement(id, act.version());
    }
}
