package org.lodestar.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.reporting.DistributionCommand;
import org.lodestar.reporting.DistributionView;
import org.lodestar.reporting.ReportDistributions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/report-distributions")
@Tag(name = "Report distribution", description = "Reports mailed as PDF or Excel on a schedule to lists of people, each in their own language and with their own rights")
class DistributionApiController implements AuthorisedFirst {

    /** How many mails a sending took. */
    record Sent(int mails) {
    }

    private final ReportDistributions distributions;
    private final OrganisationRights rights;

    DistributionApiController(ReportDistributions distributions, OrganisationRights rights) {
        this.distributions = distributions;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        rights.require(OrganisationAct.DISTRIBUTE_REPORTS);
    }

    @GetMapping
    @Operation(operationId = "listDistributions", summary = "Every scheduled distribution")
    List<DistributionView> listDistributions() {
        return distributions.list();
    }

    @PostMapping
    @Operation(operationId = "createDistribution", summary = "Schedule a report to a list of people")
    ResponseEntity<DistributionView> createDistribution(@RequestBody DistributionCommand command) {
        DistributionView created = distributions.create(command);
        return ResponseEntity.created(URI.create("/api/v1/report-distributions/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getDistribution", summary = "A scheduled distribution")
    DistributionView getDistribution(@PathVariable long id) {
        return distributions.get(id);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "changeDistribution", summary = "Change a scheduled distribution (from the version read)")
    DistributionView changeDistribution(@PathVariable long id, @RequestBody DistributionCommand command) {
        return distributions.change(id, command);
    }

    @PostMapping("/{id}/send")
    @Operation(operationId = "sendDistribution", summary = "Send a distribution to its recipients now")
    Sent sendDistribution(@PathVariable long id) {
        return new Sent(distributions.sendNow(id));
    }
}
