package org.lodestar.benefits.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lodestar.benefits.BenefitCommand;
import org.lodestar.benefits.BenefitType;
import org.lodestar.benefits.BenefitView;
import org.lodestar.benefits.Benefits;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.FormValues;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.People;
import org.lodestar.platform.RuleException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Benefits in the web UI: a project's benefits (each with its realisation curve, measurements and the forms to
 * record one and hand it over; the form to plan one), and the PMO's roll-up by portfolio with the benefits at risk.
 */
@Controller
class BenefitPagesController implements AuthorisedFirst {

    private final Benefits benefits;
    private final ProjectRegistry projects;
    private final ProjectRights rights;
    private final People people;
    private final Clock clock;

    BenefitPagesController(Benefits benefits, ProjectRegistry projects, ProjectRights rights, People people,
                           Clock clock) {
        this.benefits = benefits;
        this.projects = projects;
        this.rights = rights;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        if (id == null) return;
        switch (handler) {
            case "plan" -> benefits.authorisePlan(id);
            case "measure" -> benefits.authoriseMeasure(id);
            case "handOver" -> benefits.authoriseEdit(id);
            default -> { }
        }
    }

    @GetMapping("/projects/{id}/benefits")
    String project(@PathVariable long id, Model model) {
        List<BenefitView> list = benefits.of(id);
        model.addAttribute("project", projects.get(new ProjectId(id)));
        model.addAttribute("benefits", list);
        Map<Long, BenefitCurve> curves = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        list.forEach(b -> curves.put(b.id(), BenefitCurve.of(b, today)));
        model.addAttribute("curves", curves);
        model.addAttribute("types", BenefitType.values());
        model.addAttribute("today", today);
        boolean editor = rights.may(new ProjectId(id), ProjectRight.EDIT);
        model.addAttribute("editor", editor);
        if (editor) model.addAttribute("people", people.all());
        return "benefits/project";
    }

    @PostMapping("/projects/{id}/benefits")
    String plan(@PathVariable long id, @RequestParam(required = false) String title,
                @RequestParam(required = false) BenefitType type, @RequestParam(required = false) String measure,
                @RequestParam(required = false) String baselineValue,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate baselineDate,
                @RequestParam(required = false) String targetValue,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate targetDate,
                @RequestParam(required = false) Long ownerId, Model model) {
        return act(id, model, () -> benefits.plan(id, new BenefitCommand.Plan(title, type, measure,
                FormValues.decimal(baselineValue, "baselineValue"), baselineDate, FormValues.decimal(targetValue, "targetValue"), targetDate,
                ownerId, null)));
    }

    @PostMapping("/benefits/{id}/measurements")
    String measure(@PathVariable long id,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate measuredOn,
                   @RequestParam(required = false) String value, @RequestParam(required = false) String note,
                   @RequestParam(required = false) Long version, Model model) {
        long project = benefits.get(id).projectId();
        return act(project, model, () -> benefits.measure(id,
                new BenefitCommand.Measurement(measuredOn, FormValues.decimal(value, "value"), note, version)));
    }

    @PostMapping("/benefits/{id}/hand-over")
    String handOver(@PathVariable long id, @RequestParam(required = false) Long version, Model model) {
        long project = benefits.get(id).projectId();
        return act(project, model, () -> benefits.handOver(id, new BenefitCommand.Act(version)));
    }

    @GetMapping("/pmo/benefits")
    String rollUp(Model model) {
        model.addAttribute("rollUp", benefits.rollUp());
        return "benefits/rollup";
    }

    /** Takes the act and goes back to the project's benefits; what refused it is shown there. */
    private String act(long project, Model model, Supplier<?> act) {
        try {
            act.get();
            return "redirect:/projects/" + project + "/benefits";
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        } catch (RuleException refused) {
            model.addAttribute("refused", refused);
        }
        return project(project, model);
    }
}
