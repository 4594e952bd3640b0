package org.lodestar.portfolio.web;

import org.lodestar.engine.health.Rag;
import org.lodestar.platform.Actor;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.Role;
import org.lodestar.platform.ToDos;
import org.lodestar.portfolio.PortfolioOverview;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectHealthReadings;
import org.lodestar.portfolio.ProjectState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, per role: the PMO, portfolio managers and executives see the portfolio overview; project managers,
 * resource managers and team members their projects; requesters a short guide and the public project list. Each
 * begins with the reader's to-dos ({@link ToDos}).
 */
@Controller
class HomeController {

    private final CurrentUser currentUser;
    private final PortfolioOverview overview;
    private final ProjectHealthReadings projects;
    private final ToDos toDos;

    HomeController(CurrentUser currentUser, PortfolioOverview overview, ProjectHealthReadings projects, ToDos toDos) {
        this.currentUser = currentUser;
        this.overview = overview;
        this.projects = projects;
        this.toDos = toDos;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = currentUser.actor();
        model.addAttribute("todos", toDos.mine());
        if (actor.hasAny(Role.ADMINISTRATOR, Role.PMO, Role.PORTFOLIO_MANAGER, Role.EXECUTIVE)) {
            model.addAttribute("summaries", overview.summaries());
            ProjectQuery red = new ProjectQuery(null, null, null, ProjectState.ACTIVE, null, null, Rag.RED, null,
                    null, false, "plannedFinish", false, 0, 10);
            model.addAttribute("attention", projects.list(red));
            return "home/portfolio";
        }
        if (actor.seesSummariesOnly()) return "home/requester";
        ProjectQuery mine = new ProjectQuery(null, null, null, null, null, null, null, null, null, true,
                "plannedFinish", false, 0, 50);
        model.addAttribute("page", projects.list(mine));
        return "home/projects";
    }
}
