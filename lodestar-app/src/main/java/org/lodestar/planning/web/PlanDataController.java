package org.lodestar.planning.web;

import java.util.Map;
import org.lodestar.planning.PlanView;
import org.lodestar.planning.ProjectPlans;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.ETags;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON the plan page's browser component reads and changes the plan through (session and CSRF token, like
 * the rest of the web UI). Every change answers the whole new plan; problems are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/projects/{projectId}/plan")
class PlanDataController implements AuthorisedFirst {

    private final ProjectPlans plans;
    private final ProjectRights rights;

    PlanDataController(ProjectPlans plans, ProjectRights rights) {
        this.plans = plans;
        this.rights = rights;
    }

    /** Every change to a project's plan is its editors', refused before the edit is read (as through the API). */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long project = AuthorisedFirst.id(path, "projectId");
        if (project != null) rights.require(new ProjectId(project), ProjectRight.EDIT);
    }

    record NewTask(Long afterTaskId, String name) {
    }

    record FieldEdit(String field, String value) {
    }

    @GetMapping("/data")
    ResponseEntity<PlanView> data(@PathVariable long projectId) {
        return answer(plans.plan(new ProjectId(projectId)));
    }

    @PostMapping("/tasks")
    ResponseEntity<PlanView> insert(@PathVariable long projectId, @RequestBody NewTask task,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(plans.insertTask(new ProjectId(projectId), ETags.from(ifMatch, null),
                task.afterTaskId(), task.name()));
    }

    @PatchMapping("/tasks/{taskId}")
    ResponseEntity<PlanView> edit(@PathVariable long projectId, @PathVariable long taskId, @RequestBody FieldEdit edit,
                                  @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(plans.editTask(new ProjectId(projectId), ETags.from(ifMatch, null), taskId,
                edit.field(), edit.value()));
    }

    @DeleteMapping("/tasks/{taskId}")
    ResponseEntity<PlanView> delete(@PathVariable long projectId, @PathVariable long taskId,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(plans.deleteTask(new ProjectId(projectId), ETags.from(ifMatch, null), taskId));
    }

    @PostMapping("/tasks/{taskId}/indent")
    ResponseEntity<PlanView> indent(@PathVariable long projectId, @PathVariable long taskId,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return move(projectId, taskId, ifMatch, ProjectPlans.Move.INDENT);
    }

    @PostMapping("/tasks/{taskId}/outdent")
    ResponseEntity<PlanView> outdent(@PathVariable long projectId, @PathVariable long taskId,
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return move(projectId, taskId, ifMatch, ProjectPlans.Move.OUTDENT);
    }

    @PostMapping("/tasks/{taskId}/move-up")
    ResponseEntity<PlanView> moveUp(@PathVariable long projectId, @PathVariable long taskId,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return move(projectId, taskId, ifMatch, ProjectPlans.Move.UP);
    }

    @PostMapping("/tasks/{taskId}/move-down")
    ResponseEntity<PlanView> moveDown(@PathVariable long projectId, @PathVariable long taskId,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return move(projectId, taskId, ifMatch, ProjectPlans.Move.DOWN);
    }

    private ResponseEntity<PlanView> move(long projectId, long taskId, String ifMatch, ProjectPlans.Move move) {
        return answer(plans.move(new ProjectId(projectId), ETags.from(ifMatch, null), taskId, move));
    }

    private static ResponseEntity<PlanView> answer(PlanView plan) {
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(plan);
    }
}
