package org.lodestar.change.web;

import java.util.Map;
import java.util.function.Supplier;
import org.lodestar.change.ChangeControl;
import org.lodestar.change.ChangeDecision;
import org.lodestar.change.ChangeRequestView;
import org.lodestar.change.ChangeRights;
import org.lodestar.change.ChangeRouting;
import org.lodestar.change.ChangeState;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.RuleException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Change control in the web UI: a project's change log (its requests, their acts and the raise form) and the list
 * of requests awaiting the steering committee.
 */
@Controller
class ChangePagesController implements AuthorisedFirst {

    private final ChangeControl control;
    private final ChangeRights rights;
    private final ProjectRegistry projects;

    ChangePagesController(ChangeControl control, ChangeRights rights, ProjectRegistry projects) {
        this.control = control;
        this.rights = rights;
        this.projects = projects;
    }

    /** Writes are refused before the form is bound to whoever may not take them (as through the API). */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        if (id == null) return;
        switch (handler) {
            case "raise" -> rights.requireWrite(id);
            case "submit", "implement" -> control.authoriseWrite(id);
            case "approve", "reject", "defer" -> control.authoriseDecision(id);
            default -> { }
        }
    }

    @GetMapping("/projects/{id}/changes")
    String log(@PathVariable long id, Model model) {
        if (!model.containsAttribute("form")) model.addAttribute("form", new ChangeRequestForm());
        return page(id, model);
    }

    @PostMapping("/projects/{id}/changes")
    String raise(@PathVariable long id, @ModelAttribute("form") ChangeRequestForm form, BindingResult errors,
                 Model model) {
        if (!errors.hasErrors()) {
            try {
                control.raise(id, form.toCommand());
                return "redirect:/projects/" + id + "/changes";
            } catch (InvalidInputException invalid) {
                invalid.rejectInto(errors);
            }
        }
        return page(id, model);
    }

    @GetMapping("/change-requests/awaiting")
    String awaiting(Model model) {
        model.addAttribute("requests", control.search(ChangeState.SUBMITTED, ChangeRouting.STEERING_COMMITTEE));
        model.addAttribute("thresholds", control.thresholds());
        return "change/awaiting";
    }

    @PostMapping("/change-requests/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) String back, Model model) {
        return act(id, back, model, () -> control.submit(id, version));
    }

    @PostMapping("/change-requests/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) Long version,
                   @RequestParam(required = false) String rationale,
                   @RequestParam(defaultValue = "false") boolean rebaseline,
                   @RequestParam(required = false) String back, Model model) {
        return act(id, back, model, () -> control.approve(id, new ChangeDecision(rationale, rebaseline, version)));
    }

    @PostMapping("/change-requests/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) String rationale, @RequestParam(required = false) String back,
                  Model model) {
        return act(id, back, model, () -> control.reject(id, new ChangeDecision(rationale, false, version)));
    }

    @PostMapping("/change-requests/{id}/defer")
    String defer(@PathVariable long id, @RequestParam(required = false) Long version,
                 @RequestParam(required = false) String rationale, @RequestParam(required = false) String back,
                 Model model) {
        return act(id, back, model, () -> control.defer(id, new ChangeDecision(rationale, false, version)));
    }

    @PostMapping("/change-requests/{id}/implement")
    String implement(@PathVariable long id, @RequestParam(required = false) Long version,
                     @RequestParam(required = false) String back, Model model) {
        return act(id, back, model, () -> control.implement(id, version));
    }

    /** Takes the act and goes back to the change log (or the awaiting list); a refusal is shown on the log. */
    private String act(long id, String back, Model model, Supplier<ChangeRequestView> act) {
        ChangeRequestView request = control.get(id);
        try {
            act.get();
            return "awaiting".equals(back) ? "redirect:/change-requests/awaiting"
                    : "redirect:/projects/" + request.projectId() + "/changes";
        } catch (InvalidInputException invalid) {
            model.addAttribute("actProblems", invalid.problems());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        } catch (RuleException refused) {
            model.addAttribute("refused", refused);
        }
        model.addAttribute("form", new ChangeRequestForm());
        return page(request.projectId(), model);
    }

    private String page(long id, Model model) {
        ProjectView project = projects.get(new ProjectId(id));
        model.addAttribute("project", project);
        model.addAttribute("requests", control.list(id));
        model.addAttribute("thresholds", control.thresholds());
        return "change/log";
    }
}
