package org.lodestar.portfolio.web;

import java.util.Map;
import java.util.function.Function;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.People;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.PortfolioAct;
import org.lodestar.portfolio.PortfolioCommand;
import org.lodestar.portfolio.PortfolioOverview;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.PortfolioRights;
import org.lodestar.portfolio.PortfolioView;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectHealthReadings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Portfolios and programmes in the web UI: overview, detail and forms. */
@Controller
class PortfoliosController implements AuthorisedFirst {

    private final PortfolioRegistry registry;
    private final PortfolioOverview overview;
    private final ProjectHealthReadings projects;
    private final People people;
    private final OrganisationRights rights;
    private final PortfolioRights portfolioRights;
    private final RegistryWrites writes;

    PortfoliosController(PortfolioRegistry registry, PortfolioOverview overview, ProjectHealthReadings projects,
                         People people, OrganisationRights rights, PortfolioRights portfolioRights,
                         RegistryWrites writes) {
        this.writes = writes;
        this.rights = rights;
        this.portfolioRights = portfolioRights;
        this.registry = registry;
        this.overview = overview;
        this.projects = projects;
        this.people = people;
    }

    /** Writes are refused before the form is bound to whoever may not take them at all (as through the API). */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        writes.authorise(handler, path);
    }

    @GetMapping("/portfolios")
    String list(Model model) {
        model.addAttribute("summaries", overview.summaries());
        model.addAttribute("objectives", registry.objectives());
        model.addAttribute("canCreate", rights.may(OrganisationAct.CREATE_PORTFOLIOS));
        return "portfolios/list";
    }

    @PostMapping("/objectives")
    String createObjective(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
                           Model model) {
        try {
            registry.createObjective(code, name);
            return "redirect:/portfolios";
        } catch (InvalidInputException invalid) {
            model.addAttribute("objectiveProblems", invalid.problems());
            model.addAttribute("objectiveCode", code);
            model.addAttribute("objectiveName", name);
            return list(model);
        }
    }

    @GetMapping("/portfolios/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("portfolio", registry.portfolio(id));
        model.addAttribute("programmes", registry.programmes(id));
        model.addAttribute("page", projects.list(new ProjectQuery(null, id, null, null, null, null, null, null,
                null, false, "code", false, 0, ProjectQuery.MAX_SIZE)));
        return "portfolios/detail";
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable long id, Model model) {
        PortfolioView programme = registry.programme(id);
        model.addAttribute("programme", programme);
        model.addAttribute("page", projects.list(new ProjectQuery(null, programme.portfolio().id(), id, null, null,
                null, null, null, null, false, "code", false, 0, ProjectQuery.MAX_SIZE)));
        return "portfolios/programme";
    }

    @GetMapping("/portfolios/new")
    String newPortfolio(Model model) {
        rights.require(OrganisationAct.CREATE_PORTFOLIOS);
        model.addAttribute("form", new PortfolioForm());
        return form(model, "portfolio", null);
    }

    @PostMapping("/portfolios")
    String createPortfolio(@ModelAttribute("form") PortfolioForm form, BindingResult errors, Model model) {
        return save(form, errors, model, "portfolio", null, registry::createPortfolio, "/portfolios/");
    }

    @GetMapping("/portfolios/{id}/edit")
    String editPortfolio(@PathVariable long id, Model model) {
        portfolioRights.require(id, PortfolioAct.MANAGE);
        PortfolioView portfolio = registry.portfolio(id);
        model.addAttribute("form", PortfolioForm.of(portfolio));
        return form(model, "portfolio", portfolio);
    }

    @PostMapping("/portfolios/{id}")
    String changePortfolio(@PathVariable long id, @ModelAttribute("form") PortfolioForm form, BindingResult errors,
                           Model model) {
        return save(form, errors, model, "portfolio", registry.portfolio(id),
                command -> registry.changePortfolio(id, command), "/portfolios/");
    }

    @GetMapping("/programmes/new")
    String newProgramme(@RequestParam(required = false) Long portfolioId, Model model) {
        portfolioRights.require(portfolioId, PortfolioAct.MANAGE);
        PortfolioForm form = new PortfolioForm();
        form.setPortfolioId(portfolioId);
        model.addAttribute("form", form);
        return form(model, "programme", null);
    }

    @PostMapping("/programmes")
    String createProgramme(@ModelAttribute("form") PortfolioForm form, BindingResult errors, Model model) {
        return save(form, errors, model, "programme", null, registry::createProgramme, "/programmes/");
    }

    @GetMapping("/programmes/{id}/edit")
    String editProgramme(@PathVariable long id, Model model) {
        PortfolioView programme = registry.programme(id);
        portfolioRights.require(programme.portfolio().id(), PortfolioAct.MANAGE);
        model.addAttribute("form", PortfolioForm.of(programme));
        return form(model, "programme", programme);
    }

    @PostMapping("/programmes/{id}")
    String changeProgramme(@PathVariable long id, @ModelAttribute("form") PortfolioForm form, BindingResult errors,
                           Model model) {
        return save(form, errors, model, "programme", registry.programme(id),
                command -> registry.changeProgramme(id, command), "/programmes/");
    }

    private String save(PortfolioForm form, BindingResult errors, Model model, String kind, PortfolioView existing,
                        Function<PortfolioCommand, PortfolioView> action, String target) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:" + target + action.apply(form.toCommand()).id();
            } catch (InvalidInputException invalid) {
                invalid.rejectInto(errors);
            } catch (StaleVersionException stale) {
                model.addAttribute("stale", true);
            }
        }
        return form(model, kind, existing);
    }

    private String form(Model model, String kind, PortfolioView existing) {
        model.addAttribute("kind", kind);
        model.addAttribute("existing", existing);
        model.addAttribute("people", people.all());
        model.addAttribute("portfolios", registry.portfolios().stream().filter(PortfolioView::editable).toList());
        return "portfolios/form";
    }
}
