package org.lodestar.planning.web;

import java.util.HashMap;
import java.util.Map;
import org.lodestar.planning.PlanLeveling;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.portfolio.PortfolioRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leveling page of a portfolio, for those who manage it: the preview of leveling its projects together (what
 * moves in each, the dates it cannot keep, the people's load per week before and after) and the form that applies
 * it with every plan's version from the preview.
 */
@Controller
class PortfolioLevelingPageController implements AuthorisedFirst {

    /** Each leveled plan's version is posted as {@code version-<project id>}. */
    private static final String VERSION = "version-";

    private final PlanLeveling leveling;
    private final PortfolioRegistry portfolios;

    PortfolioLevelingPageController(PlanLeveling leveling, PortfolioRegistry portfolios) {
        this.leveling = leveling;
        this.portfolios = portfolios;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long portfolio = AuthorisedFirst.id(path, "id");
        if (portfolio != null) leveling.authorisePortfolio(portfolio);
    }

    @GetMapping("/portfolios/{id}/leveling")
    String preview(@PathVariable long id, @RequestParam(required = false) String mode, Model model) {
        model.addAttribute("preview", leveling.previewPortfolio(id, PlanLeveling.mode(mode)));
        model.addAttribute("portfolio", portfolios.portfolio(id));
        model.addAttribute("modes", PlanLeveling.Mode.values());
        return "planning/portfolio-leveling";
    }

    @PostMapping("/portfolios/{id}/leveling/apply")
    String apply(@PathVariable long id, @RequestParam Map<String, String> form) {
        Map<Long, Long> versions = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(VERSION) && name.substring(VERSION.length()).matches("[0-9]{1,18}")
                    && value.matches("[0-9]{1,18}")) {
                versions.put(Long.valueOf(name.substring(VERSION.length())), Long.valueOf(value));
            }
        });
        leveling.applyPortfolio(id, PlanLeveling.mode(form.get("mode")), versions);
        return "redirect:/portfolios/" + id + "/leveling?applied=true";
    }
}
