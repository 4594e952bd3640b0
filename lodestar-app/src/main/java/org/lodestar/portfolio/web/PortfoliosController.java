package org.lodestar.portfolio.web;

import org.lodestar.portfolio.PortfolioOverview;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Portfolios and programmes in the web UI. */
@Controller
class PortfoliosController {

    private final PortfolioRegistry registry;
    private final PortfolioOverview overview;
    private final ProjectRegistry projects;

    PortfoliosController(PortfolioRegistry registry, PortfolioOverview overview, ProjectRegistry projects) {
        this.registry = registry;
        this.overview = overview;
        this.projects = projects;
    }

    @GetMapping("/portfolios")
    String list(Model model) {
        model.addAttribute("summaries", overview.summaries());
        return "portfolios/list";
    }

    @GetMapping("/portfolios/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("portfolio", registry.portfolio(id));
        model.addAttribute("programmes", registry.programmes(id));
        model.addAttribute("page", projects.search(new ProjectQuery(null, id, null, null, null, null, null, null,
                null, false, "code", false, 0, ProjectQuery.MAX_SIZE)));
        return "portfolios/detail";
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable long id, Model model) {
        var programme = registry.programme(id);
        model.addAttribute("programme", programme);
        model.addAttribute("page", projects.search(new ProjectQuery(null, programme.portfolio().id(), id, null, null,
                null, null, null, null, false, "code", false, 0, ProjectQuery.MAX_SIZE)));
        return "portfolios/programme";
    }
}
