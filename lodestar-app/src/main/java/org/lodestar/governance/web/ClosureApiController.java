package org.lodestar.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.lodestar.governance.ClosureCommand;
import org.lodestar.governance.ClosureView;
import org.lodestar.governance.ProjectClosures;
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
@RequestMapping("/api/v1/projects/{projectId}/closure")
@Tag(name = "Governance", description = "A project's lifecycle, tailoring, deliverables and stage gates")
class ClosureApiController implements AuthorisedFirst {

    private final ProjectClosures closures;
    private final GovernanceWrites writes;

    ClosureApiController(ProjectClosures closures, GovernanceWrites writes) {
        this.closures = closures;
        this.writes = writes;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        writes.authorise(handler, AuthorisedFirst.id(path, "projectId"));
    }

    @GetMapping
    @Operation(operationId = "getProjectClosure",
            summary = "The project's closure report (state null when none is written), with the reader's acts")
    ClosureView get(@PathVariable long projectId) {
        return closures.get(new ProjectId(projectId));
    }

    @PutMapping
    @Operation(operationId = "writeProjectClosure",
            summary = "Write the closure report (the project's editors): checklist, objectives met, final dates and "
                    + "cost, lessons, benefits handed over to; 409 when accepted, closed or stale")
    ClosureView writeClosure(@PathVariable long projectId, @RequestBody ClosureCommand.Write command) {
        return closures.write(new ProjectId(projectId), command);
    }

    @PostMapping("/acceptance")
    @Operation(operationId = "acceptProjectClosure",
            summary = "Accept the closure report (gate board), which closes the project; 400 naming each unanswered "
                    + "checklist item and missing part, 409 when stale, accepted or the project cannot close")
    ClosureView acceptClosure(@PathVariable long projectId, @RequestBody ClosureCommand.Accept command) {
        return closures.accept(new ProjectId(projectId), command);
    }
}
