package org.lodestar.raid.web;

import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectView;
import org.lodestar.raid.AssessmentCommand;
import org.lodestar.raid.RaidRights;
import org.lodestar.raid.RiskKind;
import org.lodestar.raid.RiskMatrix;
import org.lodestar.raid.RiskRegister;
import org.lodestar.raid.RiskStrategy;
import org.lodestar.raid.RiskView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** RAID in the web UI: a project's risk register with its 5x5 matrix and forms, and a portfolio's matrix. */
@Controller
class RaidPagesController implements AuthorisedFirst {

    private final RiskRegister register;
    private final RaidRights rights;
    private final ProjectRegistry projects;
    private final PortfolioRegistry portfolios;

    RaidPagesController(RiskRegister register, RaidRights rights, ProjectRegistry projects,
                        PortfolioRegistry portfolios) {
        this.register = register;
        this.rights = rights;
        this.projects = projects;
        this.portfolios = portfolios;
    }

    /** Writes are refused before the form is bound to whoever may not take them (as through the API). */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        if (id == null) return;
        if (handler.equals("raise")) rights.requireWrite(id);
        else if (handler.equals("reassess")) register.authoriseWrite(id);
    }

    @GetMapping("/projects/{id}/risks")
    String project(@PathVariable long id, Model model) {
        if (!model.containsAttribute("form")) model.addAttribute("form", new RiskForm());
        return page(id, model);
    }

    @PostMapping("/projects/{id}/risks")
    String raise(@PathVariable long id, @ModelAttribute("form") RiskForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                register.raise(id, form.toCommand());
                return "redirect:/projects/" + id + "/risks";
            } catch (InvalidInputException invalid) {
                invalid.rejectInto(errors);
            }
        }
        return page(id, model);
    }

    @PostMapping("/risks/{id}/reassess")
    String reassess(@PathVariable long id, @RequestParam(required = false) Integer probability,
                    @RequestParam(required = false) Integer impact, @RequestParam(required = false) Long version,
                    Model model) {
        RiskView risk = register.get(id);
        try {
            register.reassess(id, new AssessmentCommand(probability, impact, null, null, version));
            return "redirect:/projects/" + risk.projectId() + "/risks";
        } catch (InvalidInputException invalid) {
            model.addAttribute("assessProblems", invalid.problems());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        }
        model.addAttribute("form", new RiskForm());
        return page(risk.projectId(), model);
    }

    @GetMapping("/portfolios/{id}/risks")
    String portfolio(@PathVariable long id, Model model) {
        RiskMatrix matrix = register.portfolioMatrix(id, RiskRegister.TOP);
        model.addAttribute("portfolio", portfolios.portfolio(id));
        model.addAttribute("matrix", matrix);
        model.addAttribute("levels", new int[] {5, 4, 3, 2, 1});
        return "raid/portfolio";
    }

    private String page(long id, Model model) {
        ProjectView project = projects.get(new ProjectId(id));
        model.addAttribute("project", project);
        model.addAttribute("risks", register.list(id));
        model.addAttribute("matrix", register.matrix(id, RiskRegister.TOP));
        model.addAttribute("levels", new int[] {5, 4, 3, 2, 1});
        model.addAttribute("kinds", RiskKind.values());
        model.addAttribute("strategies", RiskStrategy.values());
        return "raid/register";
    }
}
