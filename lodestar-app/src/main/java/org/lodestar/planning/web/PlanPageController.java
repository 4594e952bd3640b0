package org.lodestar.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import org.lodestar.engine.health.Rag;
import org.lodestar.planning.ProjectPlans;
import org.lodestar.planning.PlanView;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectView;
import org.lodestar.status.ComputedHealth;
import org.lodestar.status.HealthIndicatorView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The plan page: the grid and Gantt chart are drawn in the browser from {@code /projects/{id}/plan/data}. */
@Controller
class PlanPageController {

    private final ProjectPlans plans;
    private final ProjectRegistry projects;
    private final ComputedHealth health;
    private final Clock clock;

    PlanPageController(ProjectPlans plans, ProjectRegistry projects, ComputedHealth health, Clock clock) {
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
        return "planning/plan";
    }

    /** The stale-plan indicator when the PMO's thresholds rate it amber or red (the page was authorised above). */
    private HealthIndicatorView stale(long project) {
        return health.indicator(project, "planning.stalePlan", LocalDate.now(clock))
                .filter(indicator -> indicator.rag() != Rag.GREEN).orElse(null);
    }
}
