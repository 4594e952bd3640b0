package org.lodestar.governance.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lodestar.governance.Answer;
import org.lodestar.governance.CommunicationChannel;
import org.lodestar.governance.CommunicationCommand;
import org.lodestar.governance.CommunicationFrequency;
import org.lodestar.governance.CommunicationPlan;
import org.lodestar.governance.DeliverableAct;
import org.lodestar.governance.Engagement;
import org.lodestar.governance.GateDecision;
import org.lodestar.governance.Governance;
import org.lodestar.governance.GovernanceCommand;
import org.lodestar.governance.GovernanceView;
import org.lodestar.governance.Level;
import org.lodestar.governance.StakeholderCommand;
import org.lodestar.governance.StakeholderRegister;
import org.lodestar.methodology.Lifecycles;
import org.lodestar.methodology.Questionnaire;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A project's lifecycle and gates in the web UI: put it on a lifecycle, its deliverables, request a gate, answer the
 * checklist, decide. Each form calls one act of {@link Governance}; a refusal is shown above the forms.
 */
@Controller
class GovernancePagesController implements AuthorisedFirst {

    private final Governance governance;
    private final StakeholderRegister stakeholders;
    private final CommunicationPlan communications;
    private final Lifecycles lifecycles;
    private final ProjectRights rights;
    private final GovernanceWrites writes;
    private final MessageSource messages;

    GovernancePagesController(Governance governance, StakeholderRegister stakeholders,
                              CommunicationPlan communications, Lifecycles lifecycles, ProjectRights rights,
                              GovernanceWrites writes, MessageSource messages) {
        this.communications = communications;
        this.rights = rights;
        this.governance = governance;
        this.stakeholders = stakeholders;
        this.lifecycles = lifecycles;
        this.writes = writes;
        this.messages = messages;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        writes.authorise(handler, AuthorisedFirst.id(path, "id"));
    }

    @GetMapping("/projects/{id}/governance")
    String page(@PathVariable long id, Model model) {
        return page(governance.get(new ProjectId(id)), model);
    }

    @PostMapping("/projects/{id}/governance")
    String adopt(@PathVariable long id, @RequestParam(required = false) Long lifecycleId,
                 @RequestParam(required = false) Integer size, @RequestParam(required = false) Integer complexity,
                 @RequestParam(required = false) Integer risk, @RequestParam(required = false) Integer importance,
                 Model model) {
        return act(id, model, () -> governance.adopt(new ProjectId(id), new GovernanceCommand.Adopt(lifecycleId,
                new Questionnaire(size, complexity, risk, importance))));
    }

    @PostMapping("/projects/{id}/governance/deliverables")
    String deliverable(@PathVariable long id, @RequestParam(required = false) String key,
                       @RequestParam(required = false) DeliverableAct act,
                       @RequestParam(required = false) String link, @RequestParam(required = false) String reason,
                       @RequestParam(required = false) Long version, Model model) {
        return act(id, model, () -> governance.deliverable(new ProjectId(id),
                new GovernanceCommand.Deliverable(key, act, link, reason, version)));
    }

    @PostMapping("/projects/{id}/governance/gate-reviews")
    String request(@PathVariable long id, Model model) {
        return act(id, model, () -> governance.requestGate(new ProjectId(id)));
    }

    @PostMapping("/projects/{id}/governance/checklist")
    String answer(@PathVariable long id, @RequestParam Map<String, String> form,
                  @RequestParam(required = false) Long version, Model model) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("answer.") && !value.isBlank()) {
                answers.put(name.substring("answer.".length()), answer(value));
            }
        });
        return act(id, model, () -> governance.answer(new ProjectId(id),
                new GovernanceCommand.Checklist(answers, Map.of(), version)));
    }

    @PostMapping("/projects/{id}/governance/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) GateDecision decision,
                  @RequestParam(required = false) String rationale,
                  @RequestParam(required = false) String conditions,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy,
                  @RequestParam(required = false) Long version, Model model) {
        return act(id, model, () -> governance.decide(new ProjectId(id),
                new GovernanceCommand.Decide(decision, rationale, conditions, dueBy, version)));
    }

    @PostMapping("/projects/{id}/governance/actions")
    String complete(@PathVariable long id, @RequestParam(required = false) Long actionId,
                    @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                    Model model) {
        return act(id, model, () -> governance.completeAction(new ProjectId(id),
                new GovernanceCommand.CompleteAction(actionId, note, version)));
    }

    /** An answer as the form sends it; one it cannot send is no answer (the service names the item). */
    private static Answer answer(String value) {
        for (Answer answer : Answer.values()) if (answer.name().equals(value)) return answer;
        return null;
    }

    @PostMapping("/projects/{id}/stakeholders")
    String addStakeholder(@PathVariable long id, @RequestParam(required = false) String name,
                          @RequestParam(required = false) String role,
                          @RequestParam(required = false) Level interest,
                          @RequestParam(required = false) Level influence,
                          @RequestParam(required = false) Engagement engagement, Model model) {
        try {
            stakeholders.add(new ProjectId(id), new StakeholderCommand(name, role, interest, influence, engagement,
                    null));
            return "redirect:/projects/" + id + "/governance#stakeholders";
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems().stream()
                    .map(problem -> problem.text(messages, LocaleContextHolder.getLocale())).toList());
        }
        return page(governance.get(new ProjectId(id)), model);
    }

    @PostMapping("/projects/{id}/communications")
    String planCommunication(@PathVariable long id, @RequestParam(required = false) String audience,
                             @RequestParam(required = false) String content,
                             @RequestParam(required = false) CommunicationChannel channel,
                             @RequestParam(required = false) CommunicationFrequency frequency,
                             @RequestParam(required = false)
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDue, Model model) {
        return refusedOr(id, model, () -> communications.add(new ProjectId(id),
                new CommunicationCommand(audience, content, channel, frequency, null, firstDue)));
    }

    @PostMapping("/projects/{id}/communications/sent")
    String sentCommunication(@PathVariable long id, @RequestParam(required = false) Long itemId,
                             @RequestParam(required = false) Long version, Model model) {
        return refusedOr(id, model, () -> communications.sent(new ProjectId(id), itemId, version));
    }

    /** Runs a write of the plan and comes back to the page, or shows the page with what was refused. */
    private String refusedOr(long id, Model model, Supplier<?> write) {
        try {
            write.get();
            return "redirect:/projects/" + id + "/governance#communications";
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems().stream()
                    .map(problem -> problem.text(messages, LocaleContextHolder.getLocale())).toList());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        }
        return page(governance.get(new ProjectId(id)), model);
    }

    private String act(long id, Model model, Supplier<GovernanceView> action) {
        try {
            action.get();
            return "redirect:/projects/" + id + "/governance";
        } catch (InvalidInputException invalid) {
            List<String> problems = invalid.problems().stream()
                    .map(problem -> problem.text(messages, LocaleContextHolder.getLocale())).toList();
            model.addAttribute("problems", problems);
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        }
        return page(governance.get(new ProjectId(id)), model);
    }

    private String page(GovernanceView view, Model model) {
        model.addAttribute("governance", view);
        if (view.lifecycle() == null) model.addAttribute("lifecycles", lifecycles.all());
        model.addAttribute("decisions", GateDecision.values());
        model.addAttribute("answers", Answer.values());
        model.addAttribute("stakeholders", stakeholders.of(new ProjectId(view.projectId())));
        model.addAttribute("levels", Level.values());
        model.addAttribute("communications", communications.of(new ProjectId(view.projectId())));
        model.addAttribute("channels", CommunicationChannel.values());
        model.addAttribute("frequencies", CommunicationFrequency.values());
        model.addAttribute("engagements", Engagement.values());
        model.addAttribute("editsStakeholders", rights.may(new ProjectId(view.projectId()), ProjectRight.EDIT));
        return "governance/project";
    }
}
