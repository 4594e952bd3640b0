package org.lodestar.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lodestar.governance.MeetingCadence;
import org.lodestar.governance.MeetingPacks;
import org.lodestar.governance.SteeringCommand;
import org.lodestar.governance.SteeringCommittees;
import org.lodestar.governance.SteeringView;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.People;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.PortfolioRegistry;
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
 * A portfolio's steering committee in the web UI (members, meetings, the decision log searched by text, open
 * actions) and the steering pack of a meeting, where the decision-makers record the meeting, take decisions and
 * agree actions, and an action's owner or a decision-maker closes it. Each form calls one act of
 * {@link SteeringCommittees}; a refusal is shown above the forms. The PMO forms and keeps the committee on its page
 * (a person is a member when given a role), where its decision-makers schedule meetings.
 */
@Controller
class SteeringPagesController implements AuthorisedFirst {

    private final SteeringCommittees steering;
    private final MeetingPacks packs;
    private final PortfolioRegistry portfolios;
    private final People people;
    private final SteeringWrites writes;
    private final MessageSource messages;
    private final OrganisationRights organisation;

    SteeringPagesController(SteeringCommittees steering, MeetingPacks packs, PortfolioRegistry portfolios,
                            People people, SteeringWrites writes, MessageSource messages,
                            OrganisationRights organisation) {
        this.organisation = organisation;
        this.steering = steering;
        this.packs = packs;
        this.portfolios = portfolios;
        this.people = people;
        this.writes = writes;
        this.messages = messages;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        writes.authorise(handler, AuthorisedFirst.id(path, "id"));
    }

    @GetMapping("/portfolios/{id}/steering")
    String committee(@PathVariable long id, @RequestParam(required = false) String text, Model model) {
        SteeringView.Committee committee = steering.find(id).orElse(null);
        model.addAttribute("committee", committee);
        model.addAttribute("people", people.all().stream().filter(person -> person.enabled()).toList());
        model.addAttribute("cadences", MeetingCadence.values());
        model.addAttribute("keeps", committee == null ? organisation.may(OrganisationAct.KEEP_STEERING_COMMITTEES)
                : committee.acts().contains("keep"));
        Map<Long, String> roles = new java.util.HashMap<>();
        if (committee != null) {
            committee.members().forEach(member -> {
                if (member.person() != null) roles.put(member.person().id(), member.role());
            });
        }
        model.addAttribute("roles", roles);
        model.addAttribute("portfolio", portfolios.portfolio(id));
        model.addAttribute("text", text);
        model.addAttribute("decisions", steering.decisions(id, text, null));
        model.addAttribute("actions", steering.actions(id, true));
        return "governance/steering";
    }

    @PostMapping("/portfolios/{id}/steering")
    String keep(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        List<SteeringCommand.Member> members = new ArrayList<>();
        form.forEach((name, value) -> {
            if (name.startsWith("role.") && name.substring(5).matches("[0-9]{1,18}") && value != null
                    && !value.isBlank()) {
                members.add(new SteeringCommand.Member(Long.valueOf(name.substring(5)), value));
            }
        });
        MeetingCadence cadence = Arrays.stream(MeetingCadence.values())
                .filter(value -> value.name().equals(form.get("cadence"))).findFirst().orElse(null);
        return committeeAct(id, form.get("text"), model, () -> {
            steering.keep(id, new SteeringCommand.Keep(form.get("name"), number(form.get("chairId")), cadence,
                    members, number(form.get("version"))));
            return "redirect:/portfolios/" + id + "/steering";
        });
    }

    @PostMapping("/portfolios/{id}/steering/meetings")
    String schedule(@PathVariable long id, @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                    @RequestParam(required = false) String agenda, Model model) {
        return committeeAct(id, null, model, () -> "redirect:/steering-meetings/"
                + steering.schedule(id, new SteeringCommand.Schedule(heldOn, agenda)).id());
    }

    private String committeeAct(long portfolio, String text, Model model, Supplier<String> action) {
        try {
            return action.get();
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems().stream()
                    .map(problem -> problem.text(messages, LocaleContextHolder.getLocale())).toList());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        }
        return committee(portfolio, text, model);
    }

    private static Long number(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }

    @GetMapping("/steering-meetings/{id}")
    String pack(@PathVariable long id, Model model) {
        return page(id, model);
    }

    @PostMapping("/steering-meetings/{id}/record")
    String record(@PathVariable long id, @RequestParam(required = false) List<Long> attendeeIds,
                  @RequestParam(required = false) String minutes, @RequestParam(required = false) Long version,
                  Model model) {
        return act(id, model, () -> steering.record(id, new SteeringCommand.Record(attendeeIds, minutes, version)));
    }

    @PostMapping("/steering-meetings/{id}/decisions")
    String decide(@PathVariable long id, @RequestParam(required = false) String text,
                  @RequestParam(required = false) Long projectId, Model model) {
        return act(id, model, () -> steering.decide(id, new SteeringCommand.Decide(text, null, projectId)));
    }

    @PostMapping("/steering-meetings/{id}/actions")
    String assign(@PathVariable long id, @RequestParam(required = false) String text,
                  @RequestParam(required = false) Long ownerId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
                  Model model) {
        return act(id, model, () -> steering.assign(id, new SteeringCommand.Assign(text, ownerId, due)));
    }

    @PostMapping("/steering-actions/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String note,
                 @RequestParam(required = false) Long version, @RequestParam(required = false) Long meeting,
                 Model model) {
        long back = meeting == null ? steering.meetingOfAction(id) : meeting;
        return act(back, model, () -> steering.close(id, new SteeringCommand.Close(note, version)));
    }

    private String act(long meeting, Model model, Supplier<Object> action) {
        try {
            action.get();
            return "redirect:/steering-meetings/" + meeting;
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems().stream()
                    .map(problem -> problem.text(messages, LocaleContextHolder.getLocale())).toList());
        } catch (StaleVersionException stale) {
            model.addAttribute("stale", true);
        }
        return page(meeting, model);
    }

    private String page(long id, Model model) {
        model.addAttribute("pack", packs.of(id));
        model.addAttribute("levels", new int[] {5, 4, 3, 2, 1});
        model.addAttribute("people", people.all().stream().filter(person -> person.enabled()).toList());
        return "governance/steering-pack";
    }
}
