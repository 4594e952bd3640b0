package org.lodestar.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.lodestar.planning.BaselineView;
import org.lodestar.planning.Baselines;
import org.lodestar.planning.VarianceView;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Baselines of a project's plan over JSON: save (0 to 10), list, delete, and the variance against one. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/baselines")
@Tag(name = "Baselines", description = "Saved copies of a plan's schedule and the variance against them")
class BaselinesApiController implements AuthorisedFirst {

    private final Baselines baselines;
    private final ProjectRights rights;

    BaselinesApiController(Baselines baselines, ProjectRights rights) {
        this.baselines = baselines;
        this.rights = rights;
    }

    /** Every change to a project's baselines is its editors'. */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long project = AuthorisedFirst.id(path, "projectId");
        if (project != null) rights.require(new ProjectId(project), ProjectRight.EDIT);
    }

    record SaveBaseline(String name) {
    }

    @GetMapping
    @Operation(operationId = "listBaselines", summary = "The plan's saved baselines")
    List<BaselineView> list(@PathVariable long projectId) {
        return baselines.list(new ProjectId(projectId));
    }

    @PutMapping("/{number}")
    @Operation(operationId = "saveBaseline",
            summary = "Save the current schedule as baseline number 0 to 10 (replacing one saved under it)")
    BaselineView save(@PathVariable long projectId, @PathVariable int number,
                      @RequestBody(required = false) SaveBaseline body) {
        return baselines.save(new ProjectId(projectId), number, body == null ? null : body.name());
    }

    @DeleteMapping("/{number}")
    @Operation(operationId = "deleteBaseline", summary = "Delete a baseline")
    ResponseEntity<Void> delete(@PathVariable long projectId, @PathVariable int number) {
        baselines.delete(new ProjectId(projectId), number);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{number}/variance")
    @Operation(operationId = "getBaselineVariance",
            summary = "Start, finish and duration of every task against the baseline, with the variances in days")
    VarianceView variance(@PathVariable long projectId, @PathVariable int number) {
        return baselines.variance(new ProjectId(projectId), number);
    }
}
