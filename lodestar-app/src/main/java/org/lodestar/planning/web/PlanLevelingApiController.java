package org.lodestar.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.lodestar.planning.LevelingPreview;
import org.lodestar.planning.PlanLeveling;
import org.lodestar.planning.PlanView;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.ETags;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resource leveling of a project's plan over JSON, for the plan's editors: a preview that writes nothing, apply
 * with the preview's version (409 when the plan changed since), and clear (every leveling delay back to 0).
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/plan/leveling")
@Tag(name = "Plans", description = "Tasks, dependencies and the computed schedule of a project")
class PlanLevelingApiController implements AuthorisedFirst {

    private final PlanLeveling leveling;
    private final ProjectRights rights;

    PlanLevelingApiController(PlanLeveling leveling, ProjectRights rights) {
        this.leveling = leveling;
        this.rights = rights;
    }

    /** Leveling is the plan's editors'. */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long project = AuthorisedFirst.id(path, "projectId");
        if (project != null) rights.require(new ProjectId(project), ProjectRight.EDIT);
    }

    /**
     * What to level: {@code mode} DELAY_ONLY (the default) or SHORTEST_MAKESPAN; {@code version} the preview's, to
     * apply.
     */
    record LevelingCommand(String mode, Long version) {
    }

    @PostMapping
    @Operation(operationId = "previewLeveling",
            summary = "Preview resource leveling: what would move, by how much and why; nothing is written",
            description = "mode DELAY_ONLY (the default) levels as Microsoft Project does; SHORTEST_MAKESPAN searches "
                    + "for the order of work that finishes soonest (started, hard-booked and must-start-on tasks "
                    + "stay where they are). Either way the people assigned are not asked for more than their "
                    + "capacity, their work in other projects counted as fixed. Answers the moves, the deadlines "
                    + "and hard bookings it cannot keep, and the people's load per week before and after.")
    LevelingPreview preview(@PathVariable long projectId, @RequestBody(required = false) LevelingCommand command) {
        return leveling.preview(new ProjectId(projectId), PlanLeveling.mode(command == null ? null : command.mode()));
    }

    @PostMapping("/apply")
    @Operation(operationId = "applyLeveling",
            summary = "Level the plan as previewed: writes the tasks' leveling delays in one audited change",
            description = "version is the preview's (or If-Match); 409 when the plan changed since the preview.")
    ResponseEntity<PlanView> apply(@PathVariable long projectId, @RequestBody LevelingCommand command,
                                   @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PlanView plan = leveling.apply(new ProjectId(projectId), PlanLeveling.mode(command.mode()),
                PlanLeveling.version(ETags.from(ifMatch, command.version())));
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(plan);
    }

    @DeleteMapping
    @Operation(operationId = "clearLeveling", summary = "Clear leveling: every task's leveling delay back to 0")
    ResponseEntity<PlanView> clear(@PathVariable long projectId, @RequestParam(required = false) Long version,
                                   @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PlanView plan = leveling.clear(new ProjectId(projectId), ETags.from(ifMatch, version));
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(plan);
    }
}
