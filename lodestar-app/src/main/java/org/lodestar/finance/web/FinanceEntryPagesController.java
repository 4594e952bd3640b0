package org.lodestar.finance.web;

import java.util.List;
import java.util.Map;
import org.lodestar.finance.Budgets;
import org.lodestar.finance.CostCategory;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
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
 * an original line). {@link Budgets} holds the rules and asks the rights, as through the API; a refusal comes back
 * to the form beside the field it names.
 */
@Controller
class FinanceEntryPagesController implements AuthorisedFirst {

    private final Budgets budgets;
    private final ProjectRegistry projects;
    private final ProjectRights projectRights;

    FinanceEntryPagesController(Budgets budgets, ProjectRegistry projects, ProjectRights projectRights) {
        this.budgets = budgets;
        this.projects = projects;
        this.projectRights = projectRights;
    }

    /** Writes are refused before the form is bound to whoever may not edit the project (as through the API). */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        if (id == null) return;
        switch (handler) {
            case "addBudgetLine" -> projectRights.require(new ProjectId(id), ProjectRight.EDIT);
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
}
