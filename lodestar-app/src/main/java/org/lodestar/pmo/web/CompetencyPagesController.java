package org.lodestar.pmo.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.RuleException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.pmo.Competency;
import org.lodestar.pmo.CompetencyAssessmentView;
import org.lodestar.pmo.CompetencyAssessments;
import org.lodestar.pmo.CompetencyCommand;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Competency self-assessments in the web UI: the reader's own (and their mentees', or everyone's for the PMO) with
 * the form to assess oneself, and an assessment's page (its radar beside the previous one, its development goals).
 */
@Controller
class CompetencyPagesController implements AuthorisedFirst {

    private final CompetencyAssessments assessments;

    CompetencyPagesController(CompetencyAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        if (id != null) assessments.authorisePlan(id);
    }

    @GetMapping("/pmo/competencies")
    String list(Model model) {
        model.addAttribute("assessments", assessments.list());
        model.addAttribute("competencies", Competency.values());
        return "pmo/competencies";
    }

    @PostMapping("/pmo/competencies")
    String assess(@RequestParam Map<String, String> form,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
                  Model model) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (Competency competency : Competency.values()) {
            String level = form.get("level." + competency.name());
            if (level != null && !level.isBlank()) {
                ratings.put(competency.name(), level.matches("[0-9]{1,2}") ? Integer.valueOf(level) : Integer.valueOf(0));
            }
        }
        try {
            CompetencyAssessmentView assessed = assessments.assess(new CompetencyCommand.Assess(ratings, assessedOn));
            return "redirect:/pmo/competencies/" + assessed.id();
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
            return list(model);
        }
    }

    @GetMapping("/pmo/competencies/{id}")
    String assessment(@PathVariable long id, Model model) {
        CompetencyAssessmentView view = assessments.get(id);
        model.addAttribute("assessment", view);
        model.addAttribute("radar", Radar.of(view.ratings().stream().map(r -> r.competency().messageKey()).toList(),
                view.ratings().stream().map(CompetencyAssessmentView.Rating::level).toList(),
                view.previousId() == null ? null : view.ratings().stream().map(CompetencyAssessmentView.Rating::previous).toList()));
        model.addAttribute("competencies", Arrays.asList(Competency.values()));
        return "pmo/competency";
    }

    @PostMapping("/pmo/competencies/{id}/goals")
    String setGoal(@PathVariable long id, @RequestParam(required = false) Competency competency,
                   @RequestParam(required = false) String description,
                   @RequestParam(required = false) Integer targetLevel,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                   @RequestParam(required = false) Long version, Model model) {
        return act(id, model, () -> assessments.setGoal(id,
                new CompetencyCommand.Goal(competency, description, targetLevel, dueOn, version)));
    }

    @PostMapping("/pmo/competencies/{id}/goals/{index}/done")
    String goalDone(@PathVariable long id, @PathVariable int index, @RequestParam(required = false) Long version,
                    Model model) {
        return act(id, model, () -> assessments.goalDone(id, index, version));
    }

    private String act(long id, Model model, Supplier<?> act) {
        try {
            act.get();
            return "redirect:/pmo/competencies/" + id;
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        } catch (RuleException refused) {
            model.addAttribute("refused", refused);
        }
        return assessment(id, model);
    }
}
