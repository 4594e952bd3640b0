package org.lodestar.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.governance.CommunicationCommand;
import org.lodestar.governance.CommunicationPlan;
import org.lodestar.governance.CommunicationView;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.portfolio.ProjectId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/communications")
@Tag(name = "Governance", description = "A project's lifecycle, tailoring, deliverables and stage gates")
class CommunicationsApiController implements AuthorisedFirst {

    private final CommunicationPlan plan;
    private final GovernanceWrites writes;

    CommunicationsApiController(CommunicationPlan plan, GovernanceWrites writes) {
        this.plan = plan;
        this.writes = writes;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        writes.authorise(handler, AuthorisedFirst.id(path, "projectId"));
    }

    @GetMapping
    @Operation(operationId = "listCommunications",
            summary = "The project's communication plan, each item with its next due date and whether it is due")
    List<CommunicationView> list(@PathVariable long projectId) {
        return plan.of(new ProjectId(projectId));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "planCommunication",
            summary = "Add an item to the communication plan (the project's editors); 400 naming each bad field")
    ResponseEntity<CommunicationView> planCommunication(@PathVariable long projectId,
                                                        @RequestBody CommunicationCommand command) {
        CommunicationView added = plan.add(new ProjectId(projectId), command);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/communications")).body(added);
    }

    /** Which item was sent, from which version. */
    record Sent(Long itemId, Long version) {
    }

    @PostMapping("/sent")
    @Operation(operationId = "recordCommunicationSent",
            summary = "Record an item sent today: it is due again after its frequency; 409 when stale or a one-off "
                    + "item was sent already")
    CommunicationView sentCommunication(@PathVariable long projectId, @RequestBody Sent sent) {
        return plan.sent(new ProjectId(projectId), sent.itemId(), sent.version());
    }
}
