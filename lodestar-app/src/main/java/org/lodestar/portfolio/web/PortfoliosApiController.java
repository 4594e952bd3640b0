package org.lodestar.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.ETags;
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
import org.springframework.web.bind.annotation.RequestHeader;
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
    @Operation(operationId = "listPortfolios", summary = "All portfolios")
    List<PortfolioView> portfolios() {
        return registry.portfolios();
    }

    @GetMapping("/portfolios/{id}")
    @Operation(operationId = "getPortfolio", summary = "One portfolio")
    ResponseEntity<PortfolioView> portfolio(@PathVariable long id) {
        PortfolioView portfolio = registry.portfolio(id);
        return ETags.tagged(ResponseEntity.ok(), portfolio, portfolio.version());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/portfolios")
    @Operation(operationId = "createPortfolio", summary = "Create a portfolio (PMO)")
    ResponseEntity<PortfolioView> createPortfolio(@RequestBody PortfolioCommand command) {
        PortfolioView created = registry.createPortfolio(command);
        return ETags.tagged(ResponseEntity.created(URI.create("/api/v1/portfolios/" + created.id())), created,
                created.version());
    }

    @PutMapping("/portfolios/{id}")
    @Operation(operationId = "updatePortfolio", summary = "Change a portfolio; 409 when the version is stale")
    ResponseEntity<PortfolioView> changePortfolio(@PathVariable long id, @RequestBody PortfolioCommand command,
                                    @Parameter(description = "the version, as an ETag, the change was made from")
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PortfolioView changed = registry.changePortfolio(id, versioned(command, ifMatch));
        return ETags.tagged(ResponseEntity.ok(), changed, changed.version());
    }

    @GetMapping("/programmes")
    @Operation(operationId = "listProgrammes", summary = "All programmes, or those of one portfolio")
    List<PortfolioView> programmes(@RequestParam(required = false) Long portfolioId) {
        return registry.programmes(portfolioId);
    }

    @GetMapping("/programmes/{id}")
    @Operation(operationId = "getProgramme", summary = "One programme")
    ResponseEntity<PortfolioView> programme(@PathVariable long id) {
        PortfolioView programme = registry.programme(id);
        return ETags.tagged(ResponseEntity.ok(), programme, programme.version());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/programmes")
    @Operation(operationId = "createProgramme",
            summary = "Create a programme in a portfolio (PMO or the portfolio's manager)")
    ResponseEntity<PortfolioView> createProgramme(@RequestBody PortfolioCommand command) {
        PortfolioView created = registry.createProgramme(command);
        return ETags.tagged(ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id())), created,
                created.version());
    }

    @PutMapping("/programmes/{id}")
    @Operation(operationId = "updateProgramme", summary = "Change a programme; 409 when the version is stale")
    ResponseEntity<PortfolioView> changeProgramme(@PathVariable long id, @RequestBody PortfolioCommand command,
                                    @Parameter(description = "the version, as an ETag, the change was made from")
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PortfolioView changed = registry.changeProgramme(id, versioned(command, ifMatch));
        return ETags.tagged(ResponseEntity.ok(), changed, changed.version());
    }

    private static PortfolioCommand versioned(PortfolioCommand command, String ifMatch) {
        Long from = ETags.from(ifMatch, command.version());
        return from == null ? command : command.withVersion(from);
    }

    record NewObjective(String code, String name) {
    }

    @GetMapping("/objectives")
    @Operation(operationId = "listObjectives", summary = "The organisation's strategic objectives")
    List<ObjectiveView> objectives() {
        return registry.objectives();
    }

    @PostMapping("/objectives")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createObjective", summary = "Add a strategic objective (PMO)")
    ObjectiveView createObjective(@RequestBody NewObjective objective) {
        return registry.createObjective(objective.code(), objective.name());
    }
}
