package org.lodestar.governance.web;

import org.lodestar.governance.MeetingPacks;
import org.lodestar.governance.SteeringCommittees;
import org.lodestar.portfolio.PortfolioRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A portfolio's steering committee in the web UI (members, meetings, the decision log searched by text, open
 * actions) and the steering pack of a meeting. Read only: the committee's acts are taken through the API.
 */
@Controller
class SteeringPagesController {

    private final SteeringCommittees steering;
    private final MeetingPacks packs;
    private final PortfolioRegistry portfolios;

    SteeringPagesController(SteeringCommittees steering, MeetingPacks packs, PortfolioRegistry portfolios) {
        this.steering = steering;
        this.packs = packs;
        this.portfolios = portfolios;
    }

    @GetMapping("/portfolios/{id}/steering")
    String committee(@PathVariable long id, @RequestParam(required = false) String text, Model model) {
        model.addAttribute("committee", steering.find(id).orElse(null));
        model.addAttribute("portfolio", portfolios.portfolio(id));
        model.addAttribute("text", text);
        model.addAttribute("decisions", steering.decisions(id, text, null));
        model.addAttribute("actions", steering.actions(id, true));
        return "governance/steering";
    }

    @GetMapping("/steering-meetings/{id}")
    String pack(@PathVariable long id, Model model) {
        model.addAttribute("pack", packs.of(id));
        model.addAttribute("levels", new int[] {5, 4, 3, 2, 1});
        return "governance/steering-pack";
    }
}
