package org.lodestar.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lodestar.engine.health.Rag;
import org.lodestar.planning.AssignmentCommand;
import org.lodestar.planning.PlanSettingsCommand;
import org.lodestar.planning.ProjectPlans;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.IndexedParameters;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.planning.PlanView;
import org.lodestar.planning.TaskCommand;
import org.lodestar.portfolio.CustomFieldView;
import org.lodestar.portfolio.CustomFields;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectView;
import org.lodestar.status.ComputedHealth;
import org.lodestar.status.HealthIndicatorView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan page: the grid and Gantt chart are drawn in the browser from {@code /projects/{id}/plan/data}; below
 * them, the tasks' assignments, which the plan's editors add and remove through small forms.
 */
@Controller
class PlanPageController implements AuthorisedFirst {

    private final ProjectPlans plans;
    private final ProjectRegistry projects;
    private final ComputedHealth health;
    private final Clock clock;
    private final ProjectRights rights;
    private final CustomFields customFields;

    PlanPageController(ProjectPlans plans, ProjectRegistry projects, ComputedHealth health, Clock clock,
                       ProjectRights rights, CustomFields customFields) {
        this.rights = rights;
        this.customFields = customFields;
        this.plans = plans;
        this.projects = projects;
        this.health = health;
        this.clock = clock;
    }

    @GetMapping("/projects/{id}/plan")
    String plan(@PathVariable long id, Model model) {
        // reading the plan checks the right to read it, as the data endpoint will
        PlanView plan = plans.plan(new ProjectId(id));
        ProjectView project = projects.get(new ProjectId(id));
        model.addAttribute("project", project);
        model.addAttribute("plan", plan);
        model.addAttribute("canEdit", project.editable());
        model.addAttribute("stale", stale(id));
        model.addAttribute("planDataUrl", "/projects/" + id + "/plan/data");
        model.addAttribute("planBaseUrl", "/projects/" + id + "/plan");
        model.addAttribute("assignments", plan.tasks().stream().flatMap(task -> task.assignments().stream()
                .map(assignment -> new AssignmentRow(task, assignment))).toList());
        model.addAttribute("assignableTasks", plan.tasks().stream().filter(task -> !task.summary()).toList());
        model.addAttribute("assignable", project.editable() ? plans.assignableResources(new ProjectId(id)) : List.of());
        model.addAttribute("notedTasks", plan.tasks().stream().filter(task -> task.notes() != null).toList());
        List<CustomFieldView> taskFields = customFields.forTasks();
        model.addAttribute("taskFields", taskFields);
        model.addAttribute("fieldRows", plan.tasks().stream().filter(task -> !task.fields().isEmpty())
                .map(task -> new FieldRow(task, taskFields.stream().map(field -> {
                    String value = task.fields().get(field.key());
                    return value == null ? "" : CustomFields.display(field, value);
                }).toList())).toList());
        return "planning/plan";
    }

    /** One assignment as the page lists it, beside its task. */
    record AssignmentRow(PlanView.Task task, PlanView.Assignment assignment) {
    }

    /** A task with values of custom fields on tasks, in the order of the fields, as the reader reads them. */
    record FieldRow(PlanView.Task task, List<String> values) {
    }

    /** Assignments are changed by the plan's editors, refused before the form is read. */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long project = AuthorisedFirst.id(path, "id");
        if (project != null) rights.require(new ProjectId(project), ProjectRight.EDIT);
    }

    @PostMapping("/projects/{id}/plan/assignments")
    String assign(@PathVariable long id, @RequestParam long taskId, @RequestParam long resource,
                  @RequestParam(required = false) Integer units, @RequestParam(required = false) String booking,
                  @RequestParam(required = false) Long version) {
        plans.assign(new ProjectId(id), taskId, new AssignmentCommand(resource, units, booking, version));
        return "redirect:/projects/" + id + "/plan#plan-assignments";
    }

    @PostMapping("/projects/{id}/plan/assignments/{taskId}/{assignmentId}/remove")
    String unassign(@PathVariable long id, @PathVariable long taskId, @PathVariable long assignmentId,
                    @RequestParam(required = false) Long version) {
        plans.unassign(new ProjectId(id), version, taskId, assignmentId);
        return "redirect:/projects/" + id + "/plan#plan-assignments";
    }

    /** Replaces a task's notes with the text typed (blank removes them). */
    @PostMapping("/projects/{id}/plan/notes")
    String notes(@PathVariable long id, @RequestParam long taskId, @RequestParam(defaultValue = "") String notes,
                 @RequestParam(required = false) Long version) {
        plans.changeTask(new ProjectId(id), taskId, new TaskCommand(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, notes, null, null, version));
        return "redirect:/projects/" + id + "/plan#plan-notes";
    }

    /** Sets a task's values of custom fields on tasks ({@code fields[key]}; an empty one removes the value). */
    @PostMapping("/projects/{id}/plan/fields")
    String fields(@PathVariable long id, @RequestParam long taskId, @RequestParam(required = false) Long version,
                  @RequestParam Map<String, String> parameters) {
        Map<String, String> fields = IndexedParameters.of(parameters, "fields");
        plans.changeTask(new ProjectId(id), taskId, new TaskCommand(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, fields, version));
        return "redirect:/projects/" + id + "/plan#plan-fields";
    }

    /** The rules the plan is scheduled by: Microsoft Project's, or Primavera P6's with its two options. */
    @PostMapping("/projects/{id}/plan/rules")
    String rules(@PathVariable long id, @RequestParam String schedulingRules,
                 @RequestParam(required = false) String progressedActivities,
                 @RequestParam(required = false) String lagCalendar, @RequestParam(required = false) Long version) {
        plans.changeSettings(new ProjectId(id), PlanSettingsCommand.rules(schedulingRules, progressedActivities,
                lagCalendar, version));
        return "redirect:/projects/" + id + "/plan#plan-rules";
    }

    /** The stale-plan indicator when the PMO's thresholds rate it amber or red (the page was authorised above). */
    private HealthIndicatorView stale(long project) {
        return health.indicator(project, "planning.stalePlan", LocalDate.now(clock))
                .filter(indicator -> indicator.rag() != Rag.GREEN).orElse(null);
    }
}
