package org.lodestar.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.ETags;
import org.lodestar.platform.NotFoundException;
import org.lodestar.planning.AssignmentCommand;
import org.lodestar.planning.DependencyCommand;
import org.lodestar.planning.MilestoneView;
import org.lodestar.planning.PlanCommand;
import org.lodestar.planning.PlanSettingsCommand;
import org.lodestar.planning.PlanView;
import org.lodestar.planning.ProjectPlans;
import org.lodestar.planning.TaskCommand;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.NotFoundException;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's plan over JSON: its tasks, dependencies and computed schedule. Every change answers the whole new
 * plan with its version as ETag; a change may give the version it was made from ({@code version} in the body,
 * {@code If-Match}, or {@code ?version=}); a stale one gets 409. One sent without a version is applied to the plan as
 * it is, after any change in progress (never a 409). Bad text gets 400 naming the field and the text,
 * a dependency cycle 422 naming the tasks in it; either way nothing is stored.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/plan")
@Tag(name = "Plans", description = "Tasks, dependencies and the computed schedule of a project")
class PlanApiController implements AuthorisedFirst {

    private final ProjectPlans plans;
    private final ProjectRights rights;

    PlanApiController(ProjectPlans plans, ProjectRights rights) {
        this.plans = plans;
        this.rights = rights;
    }

    /** Every change to a project's plan is its editors'. */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long project = AuthorisedFirst.id(path, "projectId");
        if (project != null) rights.require(new ProjectId(project), ProjectRight.EDIT);
    }

    @GetMapping
    @Operation(operationId = "getPlan",
            summary = "The plan with its computed schedule: dates, floats, critical path, warnings",
            description = "Date-times are local to the project's calendar (yyyy-MM-ddTHH:mm); durations and floats "
                    + "as typed in Microsoft Project (5d, 4ed). A project without a plan has an empty one.")
    ResponseEntity<PlanView> plan(@PathVariable long projectId) {
        return answer(plans.plan(new ProjectId(projectId)));
    }

    @PutMapping
    @Operation(operationId = "replacePlan", summary = "Replace the whole plan in one transaction, all or nothing",
            description = "Tasks in outline order with keys of the client's choosing (parentKey names an earlier "
                    + "task), dependencies between keys. An unknown key is 400 naming it; a cycle is 422 naming the "
                    + "tasks in it, and the stored plan stays as it was. A task may give the id of a task of the "
                    + "stored plan (as GET answers it): that task is kept and changed in place, with its history and "
                    + "its values in saved baselines, and its key defaults to its id. A task without id is new; a "
                    + "stored task left out is deleted, with its baseline values. A client that reads the plan and "
                    + "sends it back with the ids keeps its baselines.")
    ResponseEntity<PlanView> replace(@PathVariable long projectId, @RequestBody PlanCommand command,
                                     @Parameter(description = "the plan version, as an ETag, the change was made from")
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PlanCommand versioned = new PlanCommand(command.start(), command.finish(), command.statusDate(),
                command.calendarId(), command.tasks(), command.dependencies(),
                ETags.from(ifMatch, command.version()));
        return answer(plans.replace(new ProjectId(projectId), versioned));
    }

    @PatchMapping
    @Operation(operationId = "updatePlanSettings",
            summary = "Change the plan's start or finish (backward scheduling), status date, calendar, shown baseline "
                    + "or scheduling rules (Microsoft Project's or Primavera P6's, and P6's options)")
    ResponseEntity<PlanView> settings(@PathVariable long projectId, @RequestBody PlanSettingsCommand command,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PlanSettingsCommand versioned = new PlanSettingsCommand(command.start(), command.finish(),
                command.statusDate(), command.calendarId(), command.baselineShown(), command.schedulingRules(),
                command.progressedActivities(), command.lagCalendar(), ETags.from(ifMatch, command.version()));
        return answer(plans.changeSettings(new ProjectId(projectId), versioned));
    }

    record ProgressUpdate(String statusDate, Long version) {
    }

    @PostMapping("/progress")
    @Operation(operationId = "updateProgress",
            summary = "Update progress as scheduled up to a status date (as Microsoft Project's \"Update project\")",
            description = "Tasks scheduled to finish by the status date become complete with actual dates as "
                    + "scheduled; tasks under way get the share of their duration before it.")
    ResponseEntity<PlanView> progress(@PathVariable long projectId, @RequestBody ProgressUpdate update,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(plans.updateProgress(new ProjectId(projectId), ETags.from(ifMatch, update.version()),
                update.statusDate()));
    }

    @GetMapping("/tasks")
    @Operation(operationId = "listTasks", summary = "The plan's tasks in outline order, with their computed dates")
    List<PlanView.Task> tasks(@PathVariable long projectId) {
        return plans.plan(new ProjectId(projectId)).tasks();
    }

    @GetMapping("/tasks/{taskId}")
    @Operation(operationId = "getTask", summary = "One task with its computed dates")
    PlanView.Task task(@PathVariable long projectId, @PathVariable long taskId) {
        return plans.plan(new ProjectId(projectId)).tasks().stream().filter(task -> task.id() == taskId).findFirst()
                .orElseThrow(() -> new NotFoundException("task " + taskId));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/tasks")
    @Operation(operationId = "createTask",
            summary = "Add a task, below afterTaskId or last under parentId (last in the plan without either)")
    ResponseEntity<PlanView> createTask(@PathVariable long projectId, @RequestBody TaskCommand command,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PlanView plan = plans.createTask(new ProjectId(projectId), versioned(command, ifMatch));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/plan/tasks"))
                .eTag(ETags.of(plan.version())).body(plan);
    }

    @PatchMapping("/tasks/{taskId}")
    @Operation(operationId = "updateTask",
            summary = "Change the given fields of a task (fields left out or null stay as they are)")
    ResponseEntity<PlanView> changeTask(@PathVariable long projectId, @PathVariable long taskId,
                                        @RequestBody TaskCommand command,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(plans.changeTask(new ProjectId(projectId), taskId, versioned(command, ifMatch)));
    }

    @DeleteMapping("/tasks/{taskId}")
    @Operation(operationId = "deleteTask", summary = "Delete a task with its subtasks and their dependencies")
    ResponseEntity<PlanView> deleteTask(@PathVariable long projectId, @PathVariable long taskId,
                                        @RequestParam(required = false) Long version,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(plans.deleteTask(new ProjectId(projectId), ETags.from(ifMatch, version), taskId));
    }

    @PostMapping("/tasks/{taskId}/{move}")
    @Operation(operationId = "moveTask",
            summary = "Indent, outdent, or move a task (with its subtasks) up or down among its siblings",
            description = "move is indent, outdent, move-up or move-down")
    ResponseEntity<PlanView> move(@PathVariable long projectId, @PathVariable long taskId, @PathVariable String move,
                                  @RequestParam(required = false) Long version,
                                  @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ProjectPlans.Move kind = switch (move) {
            case "indent" -> ProjectPlans.Move.INDENT;
            case "outdent" -> ProjectPlans.Move.OUTDENT;
            case "move-up" -> ProjectPlans.Move.UP;
            case "move-down" -> ProjectPlans.Move.DOWN;
            default -> throw new NotFoundException("operation " + move);
        };
        return answer(plans.move(new ProjectId(projectId), ETags.from(ifMatch, version), taskId, kind));
    }

    @GetMapping("/tasks/{taskId}/assignments")
    @Operation(operationId = "listAssignments",
            summary = "The pool resources assigned to a task: units, work (duration times units, hours), booking",
            description = "absent tells that the resource is absent on a day from the task's start to its finish; "
                    + "the plan's warnings then say so (kind ABSENCE).")
    List<PlanView.Assignment> assignments(@PathVariable long projectId, @PathVariable long taskId) {
        return plans.assignments(new ProjectId(projectId), taskId);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/tasks/{taskId}/assignments")
    @Operation(operationId = "addAssignment",
            summary = "Assign a pool resource (a person or generic role) to a working task",
            description = "units in percent, above 0 and at most 1000 (100 when left out), else 400 naming units; "
                    + "an unknown resource, a material or cost resource, or one assigned already is 400 naming "
                    + "resource; a retired one is 409. An assignment on days the resource is absent is kept and "
                    + "listed in the plan's warnings (kind ABSENCE). Work is the task's duration times the units.")
    ResponseEntity<PlanView> assign(@PathVariable long projectId, @PathVariable long taskId,
                                    @RequestBody AssignmentCommand command,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PlanView plan = plans.assign(new ProjectId(projectId), taskId, versioned(command, ifMatch));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/plan/tasks/" + taskId
                + "/assignments")).eTag(ETags.of(plan.version())).body(plan);
    }

    @PatchMapping("/tasks/{taskId}/assignments/{assignmentId}")
    @Operation(operationId = "updateAssignment",
            summary = "Change an assignment's resource, units or booking (fields left out stay as they are)")
    ResponseEntity<PlanView> changeAssignment(@PathVariable long projectId, @PathVariable long taskId,
                                              @PathVariable long assignmentId, @RequestBody AssignmentCommand command,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(plans.changeAssignment(new ProjectId(projectId), taskId, assignmentId,
                versioned(command, ifMatch)));
    }

    @DeleteMapping("/tasks/{taskId}/assignments/{assignmentId}")
    @Operation(operationId = "deleteAssignment", summary = "Remove an assignment from its task")
    ResponseEntity<PlanView> unassign(@PathVariable long projectId, @PathVariable long taskId,
                                      @PathVariable long assignmentId, @RequestParam(required = false) Long version,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(plans.unassign(new ProjectId(projectId), ETags.from(ifMatch, version), taskId, assignmentId));
    }

    @GetMapping("/dependencies")
    @Operation(operationId = "listDependencies",
            summary = "The plan's dependencies: predecessor and successor task ids, type and lag")
    List<PlanView.Link> dependencies(@PathVariable long projectId) {
        return plans.plan(new ProjectId(projectId)).links();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/dependencies")
    @Operation(operationId = "addDependency", summary = "Add a dependency; a cycle is 422 and nothing is stored")
    ResponseEntity<PlanView> addDependency(@PathVariable long projectId, @RequestBody DependencyCommand command,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PlanView plan = plans.addDependency(new ProjectId(projectId), versioned(command, ifMatch));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/plan/dependencies"))
                .eTag(ETags.of(plan.version())).body(plan);
    }

    @PatchMapping("/dependencies/{dependencyId}")
    @Operation(operationId = "updateDependency", summary = "Change a dependency's type or lag")
    ResponseEntity<PlanView> changeDependency(@PathVariable long projectId, @PathVariable long dependencyId,
                                              @RequestBody DependencyCommand command,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(plans.changeDependency(new ProjectId(projectId), dependencyId, versioned(command, ifMatch)));
    }

    @DeleteMapping("/dependencies/{dependencyId}")
    @Operation(operationId = "deleteDependency", summary = "Delete a dependency")
    ResponseEntity<PlanView> deleteDependency(@PathVariable long projectId, @PathVariable long dependencyId,
                                              @RequestParam(required = false) Long version,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(plans.deleteDependency(new ProjectId(projectId), ETags.from(ifMatch, version),
                dependencyId));
    }

    @GetMapping("/milestones")
    @Operation(operationId = "listMilestones",
            summary = "The plan's milestones with their scheduled dates; overdue ones are past and not complete")
    List<MilestoneView> milestones(@PathVariable long projectId) {
        return plans.milestones(new ProjectId(projectId));
    }

    private static TaskCommand versioned(TaskCommand command, String ifMatch) {
        return new TaskCommand(command.name(), command.parentId(), command.afterTaskId(), command.duration(),
                command.start(), command.finish(), command.constraint(), command.deadline(), command.predecessors(),
                command.percentComplete(), command.actualStart(), command.actualFinish(), command.resources(),
                command.calendar(), command.notes(), command.splits(), command.fields(), ETags.from(ifMatch, command.version()));
    }

    private static AssignmentCommand versioned(AssignmentCommand command, String ifMatch) {
        return new AssignmentCommand(command.resource(), command.units(), command.booking(),
                ETags.from(ifMatch, command.version()));
    }

    private static DependencyCommand versioned(DependencyCommand command, String ifMatch) {
        return new DependencyCommand(command.predecessorId(), command.successorId(), command.type(), command.lag(),
                ETags.from(ifMatch, command.version()));
    }

    private static ResponseEntity<PlanView> answer(PlanView plan) {
        return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(plan);
    }
}
