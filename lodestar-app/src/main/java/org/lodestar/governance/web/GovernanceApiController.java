package org.lodestar.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.lodestar.governance.Governance;
import org.lodestar.governance.GovernanceCommand;
import org.lodestar.governance.GovernanceView;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.portfolio.ProjectId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/governance")
@Tag(name = "Governance", description = "A project's lifecycle, tailoring, deliverables and stage gates")
class GovernanceApiController implements AuthorisedFirst {

    private final Governance governance;
    private final GovernanceWrites writes;

    GovernanceApiController(Governance governance, GovernanceWrites writes) {
        this.governance = governance;
        this.writes = writes;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        writes.authorise(handler, AuthorisedFirst.id(path, "projectId"));
    }

    @GetMapping
    @Operation(operationId = "getProjectGovernance",
            summary = "The project's lifecycle, class, phase, deliverables and gate reviews (lifecycle null when on "
                    + "none), with the acts the reader may take")
    GovernanceView get(@PathVariable long projectId) {
        return governance.get(new ProjectId(projectId));
    }

    @PostMapping
    @Operation(operationId = "adoptLifecycle",
            summary = "Put the project on a lifecycle, classified by the tailoring questionnaire (gate board); 409 "
                    + "when it is on one already or has ended")
    GovernanceView adopt(@PathVariable long projectId, @RequestBody GovernanceCommand.Adopt command) {
        return governance.adopt(new ProjectId(projectId), command);
    }

    @PutMapping("/classification")
    @Operation(operationId = "reclassifyProject", summary = "Classify the project again (gate board)")
    GovernanceView classify(@PathVariable long projectId, @RequestBody GovernanceCommand.Classify command) {
        return governance.classify(new ProjectId(projectId), command);
    }

    @PutMapping("/overrides")
    @Operation(operationId = "overrideTailoringRule",
            summary = "Make a deliverable, checklist item or gate mandatory or optional for the project, with a "
                    + "reason (gate board); mandatory null returns to the lifecycle's rule")
    GovernanceView override(@PathVariable long projectId, @RequestBody GovernanceCommand.OverrideRule command) {
        return governance.override(new ProjectId(projectId), command);
    }

    @PostMapping("/deliverables")
    @Operation(operationId = "actOnDeliverable",
            summary = "Work on or submit a deliverable (the project), approve, return, waive with a reason or reopen "
                    + "it (gate board); 409 when its state does not allow the act")
    GovernanceView deliverable(@PathVariable long projectId, @RequestBody GovernanceCommand.Deliverable command) {
        return governance.deliverable(new ProjectId(projectId), command);
    }

    @PostMapping("/gate-reviews")
    @Operation(operationId = "requestGateReview",
            summary = "Request the gate that ends the project's phase (the project); 409 when one is open already")
    GovernanceView request(@PathVariable long projectId) {
        return governance.requestGate(new ProjectId(projectId));
    }

    @PutMapping("/checklist")
    @Operation(operationId = "answerGateChecklist", summary = "Answer items of the open gate review's checklist")
    GovernanceView answer(@PathVariable long projectId, @RequestBody GovernanceCommand.Checklist command) {
        return governance.answer(new ProjectId(projectId), command);
    }

    @PostMapping("/actions")
    @Operation(operationId = "completeGateAction",
            summary = "Mark an action (a condition of a Go with conditions) done, with a note; 409 when done already")
    GovernanceView complete(@PathVariable long projectId, @RequestBody GovernanceCommand.CompleteAction command) {
        return governance.completeAction(new ProjectId(projectId), command);
    }

    @PostMapping("/decision")
    @Operation(operationId = "decideGateReview",
            summary = "The gate board's decision (Go, Go with conditions, Hold, Recycle, Stop) with a rationale; 400 "
                    + "naming each unanswered mandatory checklist item and, for a Go, each mandatory deliverable "
                    + "not approved; 403 for whoever is not on the board")
    GovernanceView decide(@PathVariable long projectId, @RequestBody GovernanceCommand.Decide command) {
        return governance.decide(new ProjectId(projectId), command);
    }
}
