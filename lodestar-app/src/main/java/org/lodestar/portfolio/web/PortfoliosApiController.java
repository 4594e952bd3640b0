package org.lodestar.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.portfolio.ObjectiveView;
import org.lodestar.portfolio.PortfolioCommand;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.PortfolioView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/v1")
@Tag(name = "Portfolios and programmes", description = "How projects are grouped, and the objectives they serve")
class PortfoliosApiController implements AuthorisedFirst {

    private final PortfolioRegistry registry;
    private final RegistryWrites writes;

    PortfoliosApiController(PortfolioRegistry registry, RegistryWrites writes) {
        this.registry = registry;
        this.writes = writes;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        writes.authorise(handler, path);
    }

    @GetMapping("/portfolios")
    @Operation(summary = "All portfolios")
    List<PortfolioView> portfolios() {
        return registry.portfolios();
    }

    @GetMapping("/portfolios/{id}")
    @Operation(summary = "One portfolio")
    PortfolioView portfolio(@PathVariable long id) {
        return registry.portfolio(id);
    }

    @PostMapping("/portfolios")
    @Operation(summary = "Create a portfolio (PMO)")
    ResponseEntity<PortfolioView> createPortfolio(@RequestBody PortfolioCommand command) {
        PortfolioView created = registry.createPortfolio(command);
        return ResponseEntity.created(URI.create("/api/v1/portfolios/" + created.id())).body(created);
    }

    @PutMapping("/portfolios/{id}")
    @Operation(summary = "Change a portfolio; 409 when the version is stale")
    PortfolioView changePortfolio(@PathVariable long id, @RequestBody PortfolioCommand command) {
        return registry.changePortfolio(id, command);
    }

    @GetMapping("/programmes")
    @Operation(summary = "All programmes, or those of one portfolio")
    List<PortfolioView> programmes(@RequestParam(required = false) Long portfolioId) {
        return registry.programmes(portfolioId);
    }

    @GetMapping("/programmes/{id}")
    @Operation(summary = "One programme")
    PortfolioView programme(@PathVariable long id) {
        return registry.programme(id);
    }

    @PostMapping("/programmes")
    @Operation(summary = "Create a programme in a portfolio (PMO or the portfolio's manager)")
    ResponseEntity<PortfolioView> createProgramme(@RequestBody PortfolioCommand command) {
        PortfolioView created = registry.createProgramme(command);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id())).body(created);
    }

    @PutMapping("/programmes/{id}")
    @Operation(summary = "Change a programme; 409 when the version is stale")
    PortfolioView changeProgramme(@PathVariable long id, @RequestBody PortfolioCommand command) {
        return registry.changeProgramme(id, command);
    }

    record NewObjective(String code, String name) {
    }

    @GetMapping("/objectives")
    @Operation(summary = "The organisation's strategic objectives")
    List<ObjectiveView> objectives() {
        return registry.objectives();
    }

    @PostMapping("/objectives")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a strategic objective (PMO)")
    ObjectiveView createObjective(@RequestBody NewObjective objective) {
        return registry.createObjective(objective.code(), objective.name());
    }
}
