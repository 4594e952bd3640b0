package org.lodestar.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.lodestar.planning.PlanLeveling;
import org.lodestar.planning.PortfolioLevelingPreview;
import org.lodestar.platform.AuthorisedFirst;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resource leveling of a portfolio's projects together over JSON, for those who manage the portfolio: a preview that
 * writes nothing, and apply with the preview's plan versions (409 when a plan or the set of projects changed since).
 */
@RestController
@RequestMapping("/api/v1/portfolios/{id}/leveling")
@Tag(name = "Plans", description = "Tasks, dependencies and the computed schedule of a project")
class PortfolioLevelingApiController implements AuthorisedFirst {

    private final PlanLeveling leveling;

    PortfolioLevelingApiController(PlanLeveling leveling) {
        this.leveling = leveling;
    }

    /** Leveling a portfolio is for those who manage it, refused before the body is read. */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        Long portfolio = AuthorisedFirst.id(path, "id");
        if (portfolio != null) leveling.authorisePortfolio(portfolio);
    }

    /**
     * What to level: {@code mode} DELAY_ONLY (the default) or SHORTEST_MAKESPAN; {@code versions}, to apply, each
     * leveled project's plan version from the preview, by project id.
     */
    record PortfolioLevelingCommand(String mode, Map<Long, Long> versions) {
    }

    @PostMapping
    @Operation(operationId = "previewPortfolioLeveling",
            summary = "Preview leveling a portfolio's projects together: what would move in each; nothing is written",
            description = "The projects leveled are the portfolio's active ones whose plans the caller may edit and "
                    + "that assign someone; other projects' work is fixed load. In DELAY_ONLY a project's priority "
                    + "orders its tasks. For the portfolio's managers, the PMO and administrators (403 otherwise).")
    PortfolioLevelingPreview previewPortfolioLeveling(@PathVariable("id") long portfolioId,
                                                      @RequestBody(required = false) PortfolioLevelingCommand command) {
        return leveling.previewPortfolio(portfolioId, PlanLeveling.mode(command == null ? null : command.mode()));
    }

    @PostMapping("/apply")
    @Operation(operationId = "applyPortfolioLeveling",
            summary = "Level a portfolio's projects as previewed: writes each plan's leveling delays, all in one transaction",
            description = "versions maps each leveled project's id to its plan version from the preview; 409 when a "
                    + "plan changed since or a project joined or left the leveling.")
    PortfolioLevelingPreview applyPortfolioLeveling(@PathVariable("id") long portfolioId,
                                                    @RequestBody PortfolioLevelingCommand command) {
        return leveling.applyPortfolio(portfolioId, PlanLeveling.mode(command.mode()), command.versions());
    }
}
