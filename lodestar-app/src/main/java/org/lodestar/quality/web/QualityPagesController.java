package org.lodestar.quality.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.RuleException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectView;
import org.lodestar.quality.FindingCommand;
import org.lodestar.quality.FindingSeverity;
import org.lodestar.quality.LessonCommand;
import org.lodestar.quality.LessonsLearned;
import org.lodestar.quality.QualityReviewCommand;
import org.lodestar.quality.QualityReviewView;
import org.lodestar.quality.QualityReviews;
import org.lodestar.quality.QualityRights;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Quality in the web UI: a project's quality page (its reviews with criteria, findings and corrective actions, the
 * PMO's forms, and its lessons learned with the form to record one) and the organisation's lessons search.
 */
@Controller
class QualityPagesController implements AuthorisedFirst {

    private final QualityReviews reviews;
    private final LessonsLearned lessons;
    private final QualityRights rights;
    private final ProjectRegistry projects;

    QualityPagesController(QualityReviews reviews, LessonsLearned lessons, QualityRights rights,
                           ProjectRegistry projects) {
        this.reviews = reviews;
        this.lessons = lessons;
        this.rights = rights;
        this.projects = projects;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        if (id == null) return;
        switch (handler) {
            case "hold" -> rights.requireReview(id);
            case "record" -> rights.requireWrite(id);
            case "addFinding", "closeFinding", "close" -> reviews.authoriseReview(id);
            case "completeAction" -> reviews.authoriseWrite(id);
            default -> { }
        }
    }

    @GetMapping("/projects/{id}/quality")
    String quality(@PathVariable long id, Model model) {
        return page(id, model);
    }

    @PostMapping("/projects/{id}/quality")
    String hold(@PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewDate,
                @RequestParam(required = false) String summary,
                @RequestParam(name = "criterion", required = false) List<String> names,
                @RequestParam(name = "weight", required = false) List<Integer> weights,
                @RequestParam(name = "score", required = false) List<Integer> scores, Model model) {
        List<QualityReviewCommand.Criterion> criteria = new ArrayList<>();
        for (int i = 0; names != null && i < names.size(); i++) {
            if (names.get(i) == null || names.get(i).isBlank()) continue;
            criteria.add(new QualityReviewCommand.Criterion(names.get(i), at(weights, i), at(scores, i), null));
        }
        return act(id, model, () -> reviews.hold(id, new QualityReviewCommand(reviewDate, null, summary, criteria)));
    }

    @PostMapping("/quality-reviews/{id}/findings")
    String addFinding(@PathVariable long id, @RequestParam(required = false) String description,
                      @RequestParam(required = false) FindingSeverity severity,
                      @RequestParam(required = false) String action,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate actionDue,
                      @RequestParam(required = false) Long version, Model model) {
        return act(reviews.get(id).projectId(), model, () -> reviews.addFinding(id,
                new FindingCommand(description, severity, action, null, actionDue, version)));
    }

    @PostMapping("/quality-reviews/{id}/findings/{index}/complete-action")
    String completeAction(@PathVariable long id, @PathVariable int index,
                          @RequestParam(required = false) Long version, Model model) {
        return act(reviews.get(id).projectId(), model, () -> reviews.completeAction(id, index, version));
    }

    @PostMapping("/quality-reviews/{id}/findings/{index}/close")
    String closeFinding(@PathVariable long id, @PathVariable int index, @RequestParam(required = false) Long version,
                        Model model) {
        return act(reviews.get(id).projectId(), model, () -> reviews.closeFinding(id, index, version));
    }

    @PostMapping("/quality-reviews/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) Long version, Model model) {
        return act(reviews.get(id).projectId(), model, () -> reviews.close(id, version));
    }

    @PostMapping("/projects/{id}/lessons")
    String record(@PathVariable long id, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String phase, @RequestParam(required = false) String whatHappened,
                  @RequestParam(required = false) String recommendation, Model model) {
        return act(id, model, () -> lessons.record(id, new LessonCommand(category, phase, whatHappened,
                recommendation)));
    }

    @GetMapping("/lessons")
    String search(@RequestParam(required = false) String text, @RequestParam(required = false) String category,
                  Model model) {
        model.addAttribute("text", text);
        model.addAttribute("category", category);
        try {
            model.addAttribute("lessons", lessons.search(text, category));
        } catch (InvalidInputException invalid) {
            model.addAttribute("lessons", List.of());
            model.addAttribute("problems", invalid.problems());
        }
        return "quality/lessons";
    }

    private static Integer at(List<Integer> values, int index) {
        return values == null || index >= values.size() ? null : values.get(index);
    }

    /** Takes the act and goes back to the project's quality page; what refused it is shown there. */
    private String act(long project, Model model, Supplier<?> act) {
        try {
            act.get();
            return "redirect:/projects/" + project + "/quality";
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        } catch (RuleException refused) {
            model.addAttribute("refused", refused);
        }
        return page(project, model);
    }

    private String page(long id, Model model) {
        ProjectView project = projects.get(new ProjectId(id));
        List<QualityReviewView> held = reviews.list(id);
        model.addAttribute("project", project);
        model.addAttribute("reviews", held);
        model.addAttribute("lessons", lessons.list(id));
        model.addAttribute("severities", FindingSeverity.values());
        model.addAttribute("reviewable", rights.mayReview(rights.requireRead(id), id));
        return "quality/project";
    }
}
