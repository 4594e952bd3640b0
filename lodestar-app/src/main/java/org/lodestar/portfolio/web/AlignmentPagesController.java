package org.lodestar.portfolio.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.FormValues;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.KeyResultCommand;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.portfolio.StrategicAlignment;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Strategic alignment in the web UI: each objective with its key results (the PMO's forms to add and report them),
 * the projects serving it with their weights (the PMO's form to change one) and budget shares, and the gaps.
 */
@Controller
class AlignmentPagesController implements AuthorisedFirst {

    private final StrategicAlignment alignment;
    private final ProjectRegistry projects;
    private final OrganisationRights rights;
    private final ProjectRights projectRights;

    AlignmentPagesController(StrategicAlignment alignment, ProjectRegistry projects, OrganisationRights rights,
                             ProjectRights projectRights) {
        this.alignment = alignment;
        this.projects = projects;
        this.rights = rights;
        this.projectRights = projectRights;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        if (handler.equals("weigh")) {
            Long id = AuthorisedFirst.id(path, "id");
            if (id != null) projectRights.require(new ProjectId(id), ProjectRight.EDIT);
        } else {
            rights.require(OrganisationAct.SET_OBJECTIVES); // the key results are the PMO's
        }
    }

    @GetMapping("/portfolios/alignment")
    String page(Model model) {
        model.addAttribute("alignment", alignment.alignment());
        model.addAttribute("setter", rights.may(OrganisationAct.SET_OBJECTIVES));
        return "portfolios/alignment";
    }

    @PostMapping("/objectives/{id}/key-results")
    String add(@PathVariable long id, @RequestParam(required = false) String title,
               @RequestParam(required = false) String measure, @RequestParam(required = false) String baselineValue,
               @RequestParam(required = false) String targetValue,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
               Model model) {
        return act(model, () -> alignment.add(id, new KeyResultCommand.Define(title, measure,
                FormValues.decimal(baselineValue, "baselineValue"), FormValues.decimal(targetValue, "targetValue"), dueOn, null)));
    }

    @PostMapping("/key-results/{id}/report")
    String report(@PathVariable long id, @RequestParam(required = false) String currentValue,
                  @RequestParam(required = false) Long version, Model model) {
        return act(model, () -> alignment.report(id, new KeyResultCommand.Report(FormValues.decimal(currentValue, "currentValue"),
                version)));
    }

    @PostMapping("/projects/{id}/objectives/{objectiveId}/weight")
    String weigh(@PathVariable long id, @PathVariable long objectiveId, @RequestParam(required = false) Integer weight,
                 Model model) {
        return act(model, () -> projects.weighObjective(new ProjectId(id), objectiveId, weight,
                projects.get(new ProjectId(id)).version()));
    }

    private String act(Model model, Supplier<?> act) {
        try {
            act.get();
            return "redirect:/portfolios/alignment";
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        }
        return page(model);
    }
}
