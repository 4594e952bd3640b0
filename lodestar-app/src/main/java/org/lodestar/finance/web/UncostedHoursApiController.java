package org.lodestar.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.List;
import org.lodestar.finance.UncostedHours;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Approved hours that could not be costed, and costing them once the rate is kept. */
@RestController
@RequestMapping("/api/v1/finance/uncosted-hours")
@Tag(name = "Finance", description = FinanceApiController.TAG)
class UncostedHoursApiController {

    private final UncostedHours uncosted;

    UncostedHoursApiController(UncostedHours uncosted) {
        this.uncosted = uncosted;
    }

    @GetMapping
    @Operation(operationId = "listUncostedHours", summary = "Approved hours of a month (yyyy-MM; this month by "
            + "default) that are not actual costs yet, with why, on the projects whose timesheets the caller may approve")
    List<UncostedHours.Row> listUncostedHours(@RequestParam(required = false) YearMonth month) {
        return uncosted.list(month);
    }

    @PostMapping("/cost")
    @Operation(operationId = "costUncostedHours", summary = "Cost what can be costed now of those hours (a rate or "
            + "exchange rate kept since), as their approval would have; the hours still left")
    List<UncostedHours.Row> costUncostedHours(@RequestParam(required = false) YearMonth month) {
        return uncosted.cost(month);
    }
}
