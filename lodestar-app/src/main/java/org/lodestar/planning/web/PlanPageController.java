package org.lodestar.planning.web;

import org.lodestar.planning.ProjectPlans;
import org.lodestar.planning.PlanView;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The plan page: the grid and Gantt chart are drawn in the browser from {@code /projects/{id}/plan/data}. */
@Controller
class PlanPageController {

    private final ProjectPlans plans;
    private final ProjectRegistry projects;

    PlanPageController(ProjectPlans plans, ProjectRegistry projects) {
        this.plans = plans;
        this.projects = projects;
    }

    @GetMapping("/projects/{id}/plan")
    String plan(@PathVariable long id, Model model) {
        // reading the plan checks the right to read it, as the data endpoint will
        PlanView plan = plans.plan(new ProjectId(id));
        ProjectView project = projects.get(new ProjectId(id));
        model.addAttribute("project", project);
        model.addAttribute("plan", plan);
        model.addAttribute("canEdit", project.editable());
        model.addAttribute("planDataUrl", "/projects/" + id + "/plan/data");
        model.addAttribute("planBaseUrl", "/projects/" + id + "/plan");
        return "planning/plan";
    }
}
