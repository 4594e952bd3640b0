package org.lodestar.pmo.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.RuleException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.pmo.Coaching;
import org.lodestar.pmo.CoachingCommand;
import org.lodestar.pmo.CoachingTopic;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Coaching in the web UI: the reader's mentorings (the PMO's: all, with the form to assign a mentor) and a log. */
@Controller
class CoachingPagesController implements AuthorisedFirst {

    private final Coaching coaching;
    private final OrganisationRights rights;

    CoachingPagesController(Coaching coaching, OrganisationRights rights) {
        this.coaching = coaching;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        switch (handler) {
            case "assign", "end" -> rights.require(OrganisationAct.ASSIGN_MENTORS);
            case "logSession", "followUp" -> {
                if (id != null) coaching.authoriseLog(id);
            }
            default -> { }
        }
    }

    @GetMapping("/pmo/coaching")
    String list(Model model) {
        model.addAttribute("mentorings", coaching.list());
        boolean assigner = rights.may(OrganisationAct.ASSIGN_MENTORS);
        model.addAttribute("assigner", assigner);
        if (assigner) {
            model.addAttribute("managers", coaching.projectManagers());
            model.addAttribute("mentors", coaching.people());
        }
        return "pmo/coaching";
    }

    @PostMapping("/pmo/coaching")
    String assign(@RequestParam(required = false) Long mentorId, @RequestParam(required = false) Long menteeId,
                  Model model) {
        try {
            return "redirect:/pmo/coaching/" + coaching.assign(new CoachingCommand.Assign(mentorId, menteeId, null)).id();
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
            return list(model);
        }
    }

    @GetMapping("/pmo/coaching/{id}")
    String mentoring(@PathVariable long id, Model model) {
        model.addAttribute("mentoring", coaching.get(id));
        model.addAttribute("topics", CoachingTopic.values());
        return "pmo/mentoring";
    }

    @PostMapping("/pmo/coaching/{id}/sessions")
    String logSession(@PathVariable long id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                      @RequestParam(name = "topic", required = false) List<CoachingTopic> topics,
                      @RequestParam(required = false) String notes,
                      @RequestParam(name = "action", required = false) List<String> actions,
                      @RequestParam(name = "dueOn", required = false) List<String> due,
                      @RequestParam(required = false) Long version, Model model) {
        List<CoachingCommand.AgreedAction> agreed = new ArrayList<>();
        for (int i = 0; actions != null && i < actions.size(); i++) {
            if (actions.get(i) == null || actions.get(i).isBlank()) continue;
            String date = due == null || i >= due.size() ? null : due.get(i);
            agreed.add(new CoachingCommand.AgreedAction(actions.get(i),
                    date == null || date.isBlank() || !date.matches("\\d{4}-\\d{2}-\\d{2}") ? null : LocalDate.parse(date)));
        }
        return act(id, model, () -> coaching.logSession(id, new CoachingCommand.Session(heldOn,
                topics == null ? List.of() : topics, notes, agreed, version)));
    }

    @PostMapping("/pmo/coaching/{id}/actions/{index}/follow-up")
    String followUp(@PathVariable long id, @PathVariable int index, @RequestParam(required = false) String note,
                    @RequestParam(required = false) Long version, Model model) {
        return act(id, model, () -> coaching.followUp(id, index, new CoachingCommand.FollowUp(note, version)));
    }

    @PostMapping("/pmo/coaching/{id}/end")
    String end(@PathVariable long id, @RequestParam(required = false) Long version, Model model) {
        return act(id, model, () -> coaching.end(id, version));
    }

    private String act(long id, Model model, Supplier<?> act) {
        try {
            act.get();
            return "redirect:/pmo/coaching/" + id;
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        } catch (RuleException refused) {
            model.addAttribute("refused", refused);
        }
        return mentoring(id, model);
    }
}
