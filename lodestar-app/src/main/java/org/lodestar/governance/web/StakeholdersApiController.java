package org.lodestar.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.governance.StakeholderCommand;
import org.lodestar.governance.StakeholderRegister;
import org.lodestar.governance.StakeholderView;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.ETags;
import org.lodestar.portfolio.ProjectId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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

@RestController
@RequestMapping("/api/v1/projects/{projectId}/stakeholders")
@Tag(name = "Governance", description = "A project's lifecycle, tailoring, deliverables and stage gates")
class StakeholdersApiController implements AuthorisedFirst {

    private final StakeholderRegister register;
    private final GovernanceWrites writes;

    StakeholdersApiController(StakeholderRegister register, GovernanceWrites writes) {
        this.register = register;
        this.writes = writes;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        writes.authorise(handler, AuthorisedFirst.id(path, "projectId"));
    }

    @GetMapping
    @Operation(operationId = "listStakeholders", summary = "The project's stakeholder register, by name")
    List<StakeholderView> list(@PathVariable long projectId) {
        return register.of(new ProjectId(projectId));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "addStakeholder",
            summary = "Add a stakeholder (the project's editors); 400 naming each missing field")
    ResponseEntity<StakeholderView> addStakeholder(@PathVariable long projectId,
                                                   @RequestBody StakeholderCommand command) {
        StakeholderView added = register.add(new ProjectId(projectId), command);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/stakeholders/" + added.id()))
                .body(added);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateStakeholder", summary = "Change a stakeholder; 409 when the version is stale")
    StakeholderView changeStakeholder(@PathVariable long projectId, @PathVariable long id,
                                      @RequestBody StakeholderCommand command) {
        return register.change(new ProjectId(projectId), id, command);
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "removeStakeholder", summary = "Remove a stakeholder; 409 when the version is stale")
    ResponseEntity<Void> removeStakeholder(@PathVariable long projectId, @PathVariable long id,
                                           @RequestParam(required = false) Long version,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        register.remove(new ProjectId(projectId), id, ETags.required(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
