package org.lodestar.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.lodestar.finance.EarnedValueHistory;
import org.lodestar.finance.EarnedValueHistory.HistoryView;
import org.lodestar.finance.EarnedValueHistory.PeriodView;
import org.lodestar.finance.EarnedValueHistory.RollupHistoryView;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Earned value recorded per reporting period: per project, and rolled up by period (CPI and SPI trends). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Finance", description = FinanceApiController.TAG)
class EarnedValueHistoryApiController implements AuthorisedFirst {

    private final EarnedValueHistory history;
    private final ProjectRights projectRights;

    EarnedValueHistoryApiController(EarnedValueHistory history, ProjectRights projectRights) {
        this.history = history;
        this.projectRights = projectRights;
    }

    @Override
    public void authorise(String handler, Map<String, String> pathVariables) {
        if (handler.equals("recordEarnedValue")) {
            Long project = AuthorisedFirst.id(pathVariables, "id");
            if (project != null) projectRights.require(new ProjectId(project), ProjectRight.EDIT);
        }
    }

    @GetMapping("/projects/{id}/earned-value/history")
    @Operation(operationId = "listEarnedValueHistory",
            summary = "A project's earned value recorded per reporting period, oldest first; in the project's "
                    + "currency or converted to 'currency' at each period's rate in force")
    HistoryView list(@PathVariable long id, @RequestParam(required = false) String currency) {
        return history.project(id, currency);
    }

    @PostMapping("/projects/{id}/earned-value/history")
    @Operation(operationId = "recordEarnedValue",
            summary = "Record this period's earned value (the month of the status date), replacing the period's "
                    + "earlier record (the project's editors)")
    PeriodView recordEarnedValue(@PathVariable long id) {
        return history.record(id);
    }

    @GetMapping("/finance/earned-value/history")
    @Operation(operationId = "getEarnedValueHistoryRollup",
            summary = "Recorded earned value by period summed over the projects whose money the reader reads (of "
                    + "one portfolio or all), in one currency, with the CPI and SPI of the sums and the projects "
                    + "missing in each period")
    RollupHistoryView rollup(@RequestParam(required = false) Long portfolioId,
                             @RequestParam(required = false) String currency) {
        return history.rollup(portfolioId, currency);
    }
}
