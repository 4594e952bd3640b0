package org.lodestar.benefits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.benefits.BenefitCommand;
import org.lodestar.benefits.BenefitRollUp;
import org.lodestar.benefits.BenefitView;
import org.lodestar.benefits.Benefits;
import org.lodestar.platform.AuthorisedFirst;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Benefits", description = "Projects' planned benefits, handed over at closure and measured after it, their realisation against the plan, and the roll-up by portfolio")
class BenefitApiController implements AuthorisedFirst {

    private final Benefits benefits;

    BenefitApiController(Benefits benefits) {
        this.benefits = benefits;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        if (id == null) return;
        switch (handler) {
            case "planBenefit" -> benefits.authorisePlan(id);
            case "measureBenefit" -> benefits.authoriseMeasure(id);
            case "replanBenefit", "handOverBenefit" -> benefits.authoriseEdit(id);
            default -> { }
        }
    }

    @GetMapping("/projects/{id}/benefits")
    @Operation(operationId = "listBenefits", summary = "A project's benefits, by target date, with their measurements and realisation")
    List<BenefitView> listBenefits(@PathVariable long id) {
        return benefits.of(id);
    }

    @PostMapping("/projects/{id}/benefits")
    @Operation(operationId = "planBenefit", summary = "Plan a benefit of the project")
    ResponseEntity<BenefitView> planBenefit(@PathVariable long id, @RequestBody BenefitCommand.Plan command) {
        BenefitView planned = benefits.plan(id, command);
        return ResponseEntity.created(URI.create("/api/v1/benefits/" + planned.id())).body(planned);
    }

    @GetMapping("/benefits")
    @Operation(operationId = "benefitRollUp", summary = "The benefits of every project the reader sees, by portfolio, with those at risk")
    BenefitRollUp benefitRollUp() {
        return benefits.rollUp();
    }

    @GetMapping("/benefits/{id}")
    @Operation(operationId = "getBenefit", summary = "A benefit with its measurements and realisation")
    BenefitView getBenefit(@PathVariable long id) {
        return benefits.get(id);
    }

    @PutMapping("/benefits/{id}")
    @Operation(operationId = "replanBenefit", summary = "Change a planned benefit's plan (before it is handed over)")
    BenefitView replanBenefit(@PathVariable long id, @RequestBody BenefitCommand.Plan command) {
        return benefits.replan(id, command);
    }

    @PostMapping("/benefits/{id}/measurements")
    @Operation(operationId = "measureBenefit", summary = "Record a benefit's measured value on a day (not before its baseline date)")
    BenefitView measureBenefit(@PathVariable long id, @RequestBody BenefitCommand.Measurement command) {
        return benefits.measure(id, command);
    }

    @PostMapping("/benefits/{id}/hand-over")
    @Operation(operationId = "handOverBenefit", summary = "Hand a planned benefit over to its owner (done by itself when the project closes)")
    BenefitView handOverBenefit(@PathVariable long id, @RequestBody(required = false) BenefitCommand.Act act) {
        return benefits.handOver(id, act);
    }
}
