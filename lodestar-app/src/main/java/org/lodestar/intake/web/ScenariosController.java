package org.lodestar.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lodestar.intake.FrontierPoint;
import org.lodestar.intake.InfeasibleScenarioException;
import org.lodestar.intake.PortfolioScenarios;
import org.lodestar.intake.RequestDesk;
import org.lodestar.intake.RequestState;
import org.lodestar.intake.ScenarioCommand;
import org.lodestar.intake.ScenarioSolution;
import org.lodestar.intake.ScenarioView;
import org.lodestar.intake.Scoring;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.StaleVersionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Scenario pages: the list, the form, the solved scenario, the comparison and the efficient frontier. */
@Controller
@RequestMapping("/scenarios")
class ScenariosController implements AuthorisedFirst {

    private final PortfolioScenarios scenarios;
    private final Scoring scoring;
    private final RequestDesk desk;
    private final MessageSource messages;
    private final OrganisationRights rights;

    ScenariosController(PortfolioScenarios scenarios, Scoring scoring, RequestDesk desk, MessageSource messages,
                        OrganisationRights rights) {
        this.rights = rights;
        this.scenarios = scenarios;
        this.scoring = scoring;
        this.desk = desk;
        this.messages = messages;
    }

    /** Every change to scenarios is their managers', refused before the form is bound (as through the API). */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        rights.require(OrganisationAct.MANAGE_SCENARIOS);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("scenarios", scenarios.all());
        model.addAttribute("canManage", scenarios.canManage());
        return "scenarios/list";
    }

    /** The solved scenario, or the progress of its solve (the page then reads itself again every two seconds). */
    @GetMapping("/{id}")
    String result(@PathVariable long id, Model model, HttpServletResponse response,
                  @RequestHeader(name = "HX-Request", required = false) String htmx) {
        ScenarioView scenario = scenarios.get(id);
        model.addAttribute("scenario", scenario);
        model.addAttribute("canManage", scenarios.canManage());
        model.addAttribute("currency", scenarios.currency());
        try {
            ScenarioSolution solution = scenarios.read(id);
            model.addAttribute("result", solution.result());
            model.addAttribute("solving", solution.progress());
        } catch (InfeasibleScenarioException infeasible) {
            // a page polling for its result swaps in the answer, which htmx does only for a success status
            if (htmx == null) response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("infeasible", messages.getMessage(infeasible.messageKey(), infeasible.arguments(),
                    LocaleContextHolder.getLocale()));
        }
        return "scenarios/result";
    }

    @GetMapping("/new")
    String newScenario(Model model) {
        rights.require(OrganisationAct.MANAGE_SCENARIOS);
        model.addAttribute("form", ScenarioForm.of(null, LocalDate.now()));
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") ScenarioForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) return form(model, null);
        try {
            return "redirect:/scenarios/" + scenarios.create(form.toCommand()).id();
        } catch (InvalidInputException invalid) {
            invalid.rejectInto(errors);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        rights.require(OrganisationAct.MANAGE_SCENARIOS);
        ScenarioView view = scenarios.get(id);
        model.addAttribute("form", ScenarioForm.of(view, LocalDate.now()));
        return form(model, view);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ScenarioForm form, BindingResult errors, Model model) {
        ScenarioView view = scenarios.get(id);
        if (errors.hasErrors()) return form(model, view);
        try {
            scenarios.change(id, form.toCommand());
            return "redirect:/scenarios/" + id;
        } catch (InvalidInputException invalid) {
            invalid.rejectInto(errors);
            return form(model, view);
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
            return form(model, view);
        }
    }

    @PostMapping("/{id}/copy")
    String copy(@PathVariable long id) {
        return "redirect:/scenarios/" + scenarios.copy(id).id() + "/edit";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version) {
        scenarios.delete(id, version);
        return "redirect:/scenarios";
    }

    @GetMapping("/compare")
    String compare(@RequestParam(name = "ids", required = false) List<Long> ids, Model model) {
        List<Long> chosen = ids == null ? List.of() : ids;
        model.addAttribute("scenarios", scenarios.all());
        model.addAttribute("chosen", chosen);
        model.addAttribute("comparisons", chosen.size() < 2 ? List.of() : scenarios.compare(chosen));
        return "scenarios/compare";
    }

    @GetMapping("/{id}/frontier")
    String frontier(@PathVariable long id, Model model) {
        model.addAttribute("scenario", scenarios.get(id));
        List<FrontierPoint> points = scenarios.frontier(id);
        model.addAttribute("points", points);
        model.addAttribute("currency", scenarios.currency());
        // the chart reads its data from an attribute: the page has no inline script (CSP)
        // x is the level of every budget (totals and categories move together), in percent of the scenario's
        model.addAttribute("chartData", points.stream().map(p -> "[" + p.percent() + "," + (p.objective() == null
                ? "null" : p.objective().toPlainString()) + "]").collect(Collectors.joining(",", "[", "]")));
        return "scenarios/frontier";
    }

    private String form(Model model, ScenarioView view) {
        model.addAttribute("scenario", view);
        model.addAttribute("models", scoring.all());
        model.addAttribute("candidates", desk.queue(List.of(RequestState.EVALUATION, RequestState.APPROVED)));
        model.addAttribute("objectives", ScenarioCommand.Objective.values());
        model.addAttribute("ruleKinds", ScenarioCommand.RuleKind.values());
        return "scenarios/form";
    }
}
