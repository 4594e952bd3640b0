package org.lodestar.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.lodestar.finance.EarningMethods;
import org.lodestar.finance.EarningMethods.MilestonesCommand;
import org.lodestar.finance.EarningMethods.MilestonesView;
import org.lodestar.finance.EarningMethods.ReachCommand;
import org.lodestar.finance.EarningMethods.UnreachCommand;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A task's earning milestones (weighted milestones): read like the project's money, written by its editors. */
@RestController
@RequestMapping("/api/v1/projects/{id}/tasks/{taskId}/earning-milestones")
@Tag(name = "Finance", description = FinanceApiController.TAG)
class EarningMilestonesApiController implements AuthorisedFirst {

    private final EarningMethods earningMethods;
    private final ProjectRights projectRights;

    EarningMilestonesApiController(EarningMethods earningMethods, ProjectRights projectRights) {
        this.earningMethods = earningMethods;
        this.projectRights = projectRights;
    }

    /** Writes are refused before the body is read to whoever may not edit the project. */
    @Override
    public void authorise(String handler, Map<String, String> pathVariables) {
        switch (handler) {
            case "defineMilestones", "reachMilestone", "unreachMilestone" -> {
                Long project = AuthorisedFirst.id(pathVariables, "id");
                if (project != null) projectRights.require(new ProjectId(project), ProjectRight.EDIT);
            }
            default -> { }
        }
    }

    @GetMapping
    @Operation(operationId = "getEarningMilestones",
            summary = "A working task's earning milestones in order (name, weight, day reached) and its method")
    MilestonesView milestones(@PathVariable long id, @PathVariable long taskId) {
        return earningMethods.milestones(id, taskId);
    }

    @PutMapping
    @Operation(operationId = "defineEarningMilestones",
            summary = "Replace a working task's earning milestones: at most 20, each named, weight above 0, reached "
                    + "on a day not after today or not yet; a task earning by WEIGHTED_MILESTONES keeps at least one "
                    + "(the project's editors)")
    MilestonesView defineMilestones(@PathVariable long id, @PathVariable long taskId,
                                    @RequestBody MilestonesCommand command) {
        return earningMethods.defineMilestones(id, taskId, command);
    }

    @PostMapping("/reach")
    @Operation(operationId = "reachEarningMilestone",
            summary = "Mark the milestone at 'position' (0 first) reached on 'reachedOn', not after today "
                    + "(the project's editors)")
    MilestonesView reachMilestone(@PathVariable long id, @PathVariable long taskId,
                                  @RequestBody ReachCommand command) {
        return earningMethods.reach(id, taskId, command);
    }

    @PostMapping("/unreach")
    @Operation(operationId = "unreachEarningMilestone",
            summary = "Mark the milestone at 'position' (0 first) not reached (the project's editors)")
    MilestonesView unreachMilestone(@PathVariable long id, @PathVariable long taskId,
                                    @RequestBody UnreachCommand command) {
        return earningMethods.unreach(id, taskId, command);
    }
}
