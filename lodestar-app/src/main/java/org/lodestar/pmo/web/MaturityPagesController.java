package org.lodestar.pmo.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.RuleException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.pmo.MaturityAssessmentView;
import org.lodestar.pmo.MaturityAssessments;
import org.lodestar.pmo.MaturityCommand;
import org.lodestar.pmo.MaturityDomain;
import org.lodestar.pmo.MaturitySubject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The PMO's maturity in the web UI: the list of assessments with the form to start one, and an assessment's page
 * (its radar beside the previous assessment of the same subject, scores by domain, the questionnaire to answer while
 * it is a draft, and its improvement plan).
 */
@Controller
class MaturityPagesController implements AuthorisedFirst {

    private final MaturityAssessments assessments;
    private final OrganisationRights rights;

    MaturityPagesController(MaturityAssessments assessments, OrganisationRights rights) {
        this.assessments = assessments;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        rights.require(OrganisationAct.ASSESS_MATURITY); // every form of these pages is an assessor's act
    }

    @GetMapping("/pmo/maturity")
    String list(Model model) {
        model.addAttribute("assessments", assessments.list());
        model.addAttribute("units", assessments.businessUnits());
        model.addAttribute("assessor", rights.may(OrganisationAct.ASSESS_MATURITY));
        return "pmo/maturity";
    }

    @PostMapping("/pmo/maturity")
    String start(@RequestParam(required = false) MaturitySubject subject,
                 @RequestParam(required = false) String businessUnit,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
                 Model model) {
        try {
            MaturityAssessmentView started = assessments.start(new MaturityCommand.Start(subject, businessUnit, assessedOn));
            return "redirect:/pmo/maturity/" + started.id();
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
            return list(model);
        }
    }

    @GetMapping("/pmo/maturity/{id}")
    String assessment(@PathVariable long id, Model model) {
        MaturityAssessmentView view = assessments.get(id);
        model.addAttribute("assessment", view);
        model.addAttribute("radar", MaturityRadar.of(view));
        model.addAttribute("domains", MaturityDomain.values());
        Map<String, MaturityAssessmentView.Answer> answers = new LinkedHashMap<>();
        view.answers().forEach(answer -> answers.put(answer.question(), answer));
        model.addAttribute("answers", answers);
        return "pmo/assessment";
    }

    @PostMapping("/pmo/maturity/{id}/answers")
    String answer(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        Map<String, MaturityCommand.Answer> answers = new LinkedHashMap<>();
        for (String question : MaturityDomain.allQuestions()) {
            String level = form.get("level." + question);
            if (level == null || level.isBlank()) continue;
            Integer parsed = level.matches("-?[0-9]{1,3}") ? Integer.valueOf(level) : Integer.valueOf(0);
            answers.put(question, new MaturityCommand.Answer(parsed, form.get("comment." + question)));
        }
        Long version = form.get("version") == null || !form.get("version").matches("[0-9]{1,18}") ? null
                : Long.valueOf(form.get("version"));
        return act(id, model, () -> assessments.answer(id, new MaturityCommand.Answers(answers, version)));
    }

    @PostMapping("/pmo/maturity/{id}/complete")
    String complete(@PathVariable long id, @RequestParam(required = false) Long version, Model model) {
        return act(id, model, () -> assessments.complete(id, version));
    }

    @PostMapping("/pmo/maturity/{id}/actions")
    String planAction(@PathVariable long id, @RequestParam(required = false) MaturityDomain domain,
                      @RequestParam(required = false) String description,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                      @RequestParam(required = false) Long version, Model model) {
        return act(id, model, () -> assessments.planAction(id,
                new MaturityCommand.Action(domain, description, null, dueOn, version)));
    }

    @PostMapping("/pmo/maturity/{id}/actions/{index}/done")
    String actionDone(@PathVariable long id, @PathVariable int index, @RequestParam(required = false) Long version,
                      Model model) {
        return act(id, model, () -> assessments.actionDone(id, index, version));
    }

    /** Takes the act and goes back to the assessment's page; what refused it is shown there. */
    private String act(long id, Model model, Supplier<?> act) {
        try {
            act.get();
            return "redirect:/pmo/maturity/" + id;
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
