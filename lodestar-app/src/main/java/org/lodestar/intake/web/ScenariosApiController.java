package org.lodestar.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.intake.FrontierPoint;
import org.lodestar.intake.PortfolioScenarios;
import org.lodestar.intake.ScenarioCommand;
import org.lodestar.intake.ScenarioResult;
import org.lodestar.intake.ScenarioSolution;
import org.lodestar.intake.ScenarioView;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/scenarios")
@Tag(name = "Scenarios", description = "Portfolio optimisation: which requests to fund within budgets and capacity")
class ScenariosApiController extends IntakeApi implements AuthorisedFirst {

    private final PortfolioScenarios scenarios;

    private final OrganisationRights rights;

    ScenariosApiController(PortfolioScenarios scenarios, MessageSource messages, OrganisationRights rights) {
        super(messages);
        this.rights = rights;
        this.scenarios = scenarios;
    }

    /** Every change to scenarios is their managers' (solving one is a read). */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        rights.require(OrganisationAct.MANAGE_SCENARIOS);
    }

    @GetMapping
    @Operation(operationId = "listScenarios", summary = "Every saved scenario (reviewers and executives)")
    List<ScenarioView> all() {
        return scenarios.all();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getScenario", summary = "One scenario's definition")
    ScenarioView get(@PathVariable long id) {
        return scenarios.get(id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "createScenario", summary = "Save a scenario (reviewers)")
    ResponseEntity<ScenarioView> create(@RequestBody ScenarioCommand command) {
        ScenarioView created = scenarios.create(command);
        return ResponseEntity.created(URI.create("/api/v1/scenarios/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateScenario", summary = "Change a scenario as a whole; 409 when the version is stale")
    ScenarioView change(@PathVariable long id, @RequestBody ScenarioCommand command) {
        return scenarios.change(id, command);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/copy")
    @Operation(operationId = "copyScenario", summary = "Copy a scenario")
    ResponseEntity<ScenarioView> copy(@PathVariable long id) {
        ScenarioView copy = scenarios.copy(id);
        return ResponseEntity.created(URI.create("/api/v1/scenarios/" + copy.id())).body(copy);
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteScenario", summary = "Delete a scenario")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam long version) {
        scenarios.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/result")
    @Operation(operationId = "getScenarioResult",
            summary = "The scenario solved with CP-SAT: selected candidates and start quarters, objective, "
            + "optimality gap, each rejected candidate's binding reason; 422 naming the constraint when infeasible. "
            + "The last solve is kept until an input changes. A scenario with a long time limit is solved in the "
            + "background: 202 with the progress and a Location to read again until the result comes")
    @ApiResponse(responseCode = "200", description = "The result",
            content = @Content(schema = @Schema(implementation = ScenarioResult.class)))
    @ApiResponse(responseCode = "202", description = "Being solved: the progress; read the Location again",
            content = @Content(schema = @Schema(implementation = ScenarioSolution.Progress.class)))
    ResponseEntity<?> result(@PathVariable long id) {
        ScenarioSolution solution = scenarios.read(id);
        if (solution.isReady()) return ResponseEntity.ok(solution.result());
        return ResponseEntity.accepted().location(URI.create("/api/v1/scenarios/" + id + "/result"))
                .header(HttpHeaders.RETRY_AFTER, "2").body(solution.progress());
    }

    @GetMapping("/compare")
    @Operation(operationId = "compareScenarios", summary = "Two or more scenarios solved side by side")
    List<PortfolioScenarios.Comparison> compare(@RequestParam List<Long> ids) {
        return scenarios.compare(ids);
    }

    @GetMapping("/{id}/frontier")
    @Operation(operationId = "getScenarioFrontier",
            summary = "The efficient frontier: the best objective with every budget (total and by category) "
            + "scaled from 25% to 150% of the scenario's; each point gives its level and its scaled budgets")
    List<FrontierPoint> frontier(@PathVariable long id) {
        return scenarios.frontier(id);
    }
}
