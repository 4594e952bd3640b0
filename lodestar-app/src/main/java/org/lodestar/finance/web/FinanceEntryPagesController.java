package org.lodestar.finance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lodestar.finance.Budgets;
import org.lodestar.finance.CostCategory;
import org.lodestar.finance.ForecastDrafts;
import org.lodestar.finance.Forecasts;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.portfolio.ProjectView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Entering a project's money in the web UI: its budget lines (the list by month and category, and the form that adds
 * an original line) and its forecasts (the versions per reporting period, and the form that records the next one,
 * a row per remaining month prefilled from the latest version). {@link Budgets} and {@link Forecasts} hold the rules
 * and ask the rights, as through the API; a refusal comes back to the form beside the field it names.
 */
@Controller
class FinanceEntryPagesController implements AuthorisedFirst {

    private final Budgets budgets;
    private final Forecasts forecasts;
    private final ForecastDrafts drafts;
    private final ProjectRegistry projects;
    private final ProjectRights projectRights;

    FinanceEntryPagesController(Budgets budgets, Forecasts forecasts, ForecastDrafts drafts, ProjectRegistry projects,
                                ProjectRights projectRights) {
        this.budgets = budgets;
        this.forecasts = forecasts;
        this.drafts = drafts;
        this.projects = projects;
        this.projectRights = projectRights;
    }

    /** Writes are refused before the form is bound to whoever may not edit the project (as through the API). */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        if (id == null) return;
        switch (handler) {
            case "addBudgetLine", "enterForecast" -> projectRights.require(new ProjectId(id), ProjectRight.EDIT);
            default -> { }
        }
    }

    @GetMapping("/projects/{id}/finance/budget")
    String budget(@PathVariable long id, Model model) {
        if (!model.containsAttribute("form")) model.addAttribute("form", new BudgetLineForm());
        return budgetPage(id, model);
    }

    @PostMapping("/projects/{id}/finance/budget")
    String addBudgetLine(@PathVariable long id, @ModelAttribute("form") BudgetLineForm form, BindingResult errors,
                         Model model) {
        if (!errors.hasErrors()) {
            try {
                budgets.add(id, form.toCommand());
                return "redirect:/projects/" + id + "/finance/budget";
            } catch (InvalidInputException invalid) {
                invalid.rejectInto(errors);
            } catch (ConflictException taken) {
                // the original of this category and month is set: said beside the month, which the user changes
                errors.rejectValue("month", taken.messageKey(), taken.arguments(), taken.getMessage());
            }
        }
        return budgetPage(id, model);
    }

    private String budgetPage(long id, Model model) {
        model.addAttribute("project", projects.get(new ProjectId(id)));
        model.addAttribute("budget", budgets.budget(id));
        model.addAttribute("categories", List.of(CostCategory.values()).stream().map(CostCategory::code).toList());
        model.addAttribute("money", new Money(LocaleContextHolder.getLocale()));
        return "finance/budget";
    }

    @GetMapping("/projects/{id}/finance/forecast")
    String forecast(@PathVariable long id, Model model) {
        return forecastPage(id, model, null);
    }

    @PostMapping("/projects/{id}/finance/forecast")
    String enterForecast(@PathVariable long id, @ModelAttribute("form") ForecastForm form, BindingResult errors,
                         Model model) {
        if (!errors.hasErrors()) {
            List<Integer> rowOfLine = new ArrayList<>();
            try {
                forecasts.enter(id, new Forecasts.ForecastCommand(form.getPeriod(), form.lines(rowOfLine),
                        form.getNote()));
                return "redirect:/projects/" + id + "/finance/forecast";
            } catch (InvalidInputException invalid) {
                rejectForecast(invalid, rowOfLine, errors);
            } catch (ConflictException taken) {
                errors.rejectValue("period", taken.messageKey(), taken.arguments(), taken.getMessage());
            }
        }
        return forecastPage(id, model, form);
    }

    /** Each problem beside its field: the command's {@code lines[i]} are the form's rows that had an amount. */
    private static void rejectForecast(InvalidInputException invalid, List<Integer> rowOfLine, BindingResult errors) {
        for (InvalidInputException.FieldProblem problem : invalid.problems()) {
            Matcher line = LINE.matcher(problem.field());
            String text = problem.message() != null ? problem.message() : problem.messageKey();
            if (line.matches() && Integer.parseInt(line.group(1)) < rowOfLine.size()) {
                errors.rejectValue("rows[" + rowOfLine.get(Integer.parseInt(line.group(1))) + "]." + line.group(2),
                        problem.messageKey(), problem.arguments(), text);
            } else if (problem.field().equals("period") || problem.field().equals("note")) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), text);
            } else {
                errors.reject(problem.messageKey(), problem.arguments(), text);
            }
        }
    }

    private static final Pattern LINE = Pattern.compile("lines\\[([0-9]+)]\\.(month|amount)");

    private String forecastPage(long id, Model model, ForecastForm form) {
        ProjectView project = projects.get(new ProjectId(id));
        model.addAttribute("project", project);
        model.addAttribute("forecasts", forecasts.list(id));
        model.addAttribute("money", new Money(LocaleContextHolder.getLocale()));
        if (project.editable()) {
            ForecastDrafts.ForecastDraft draft = drafts.draft(id);
            model.addAttribute("basedOn", draft.basedOn());
            model.addAttribute("form", form != null ? form : ForecastForm.of(draft));
        }
        return "finance/forecast";
    }
}
