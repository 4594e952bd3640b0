package org.lodestar.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.People;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.reporting.DistributionCommand;
import org.lodestar.reporting.ReportDistributions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scheduled distribution in the web UI: the PMO's distributions, the form to schedule one, and "send now". */
@Controller
class DistributionPagesController implements AuthorisedFirst {

    private final ReportDistributions distributions;
    private final OrganisationRights rights;
    private final People people;
    private final PortfolioRegistry portfolios;

    DistributionPagesController(ReportDistributions distributions, OrganisationRights rights, People people,
                                PortfolioRegistry portfolios) {
        this.distributions = distributions;
        this.rights = rights;
        this.people = people;
        this.portfolios = portfolios;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        rights.require(OrganisationAct.DISTRIBUTE_REPORTS);
    }

    @GetMapping("/status/distributions")
    String list(Model model) {
        model.addAttribute("distributions", distributions.list());
        model.addAttribute("people", people.all());
        model.addAttribute("portfolios", portfolios.portfolios());
        model.addAttribute("reports", DistributionCommand.Report.values());
        model.addAttribute("formats", DistributionCommand.Format.values());
        model.addAttribute("frequencies", DistributionCommand.Frequency.values());
        return "reporting/distributions";
    }

    @PostMapping("/status/distributions")
    String create(@RequestParam(required = false) String name,
                  @RequestParam(required = false) DistributionCommand.Report report,
                  @RequestParam(required = false) DistributionCommand.Format format,
                  @RequestParam(required = false) DistributionCommand.Frequency frequency,
                  @RequestParam(required = false) Integer runDay, @RequestParam(required = false) Long portfolioId,
                  @RequestParam(required = false) List<Long> recipientIds, Model model) {
        try {
            distributions.create(new DistributionCommand(name, report, format, frequency, runDay, portfolioId, true,
                    recipientIds == null ? new ArrayList<>() : recipientIds, null));
            return "redirect:/status/distributions";
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
            return list(model);
        }
    }

    @PostMapping("/status/distributions/{id}/send")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("sent", distributions.sendNow(id));
        return "redirect:/status/distributions";
    }
}
