package org.lodestar.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.lodestar.finance.ActualCosts;
import org.lodestar.finance.ActualCosts.ActualCostsView;
import org.lodestar.finance.ActualCosts.CostFileCommand;
import org.lodestar.finance.ActualCosts.ImportResult;
import org.lodestar.finance.Budgets;
import org.lodestar.finance.ControlAccounts;
import org.lodestar.finance.Budgets.BudgetLineCommand;
import org.lodestar.finance.Budgets.BudgetLineView;
import org.lodestar.finance.Budgets.BudgetView;
import org.lodestar.finance.EarnedValues;
import org.lodestar.finance.EarnedValues.EarnedValueView;
import org.lodestar.finance.EarnedValues.RollupView;
import org.lodestar.finance.EarningMethods;
import org.lodestar.finance.EarningMethods.EarningMethodCommand;
import org.lodestar.finance.EarningMethods.EarningMethodView;
import org.lodestar.finance.ExchangeRateBook;
import org.lodestar.finance.Forecasts;
import org.lodestar.finance.Suppliers;
import org.lodestar.finance.Suppliers.InvoiceCommand;
import org.lodestar.finance.Suppliers.InvoiceView;
import org.lodestar.finance.Suppliers.SpendView;
import org.lodestar.finance.Suppliers.SupplierCommand;
import org.lodestar.finance.Suppliers.SupplierView;
import org.lodestar.finance.Forecasts.ForecastCommand;
import org.lodestar.finance.Forecasts.ForecastView;
import org.lodestar.finance.Forecasts.ForecastsView;
import org.lodestar.finance.ExchangeRateBook.ExchangeRateCommand;
import org.lodestar.finance.ExchangeRateBook.ExchangeRateView;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.http.HttpStatus;
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
@Tag(name = "Finance", description = FinanceApiController.TAG)
class FinanceApiController implements AuthorisedFirst {

    static final String TAG = "Exchange rates kept by the PMO; projects' budgets, actual costs, forecasts and earned "
            + "value; suppliers and their invoices; approved hours not costed yet";

    private final ExchangeRateBook rates;
    private final Budgets budgets;
    private final ActualCosts actuals;
    private final EarnedValues earnedValues;
    private final EarningMethods earningMethods;
    private final Forecasts forecasts;
    private final Suppliers suppliers;
    private final OrganisationRights rights;
    private final ProjectRights projectRights;

    FinanceApiController(ExchangeRateBook rates, Budgets budgets, ActualCosts actuals, EarnedValues earnedValues,
                         EarningMethods earningMethods, Forecasts forecasts, Suppliers suppliers,
                         OrganisationRights rights, ProjectRights projectRights) {
        this.rates = rates;
        this.budgets = budgets;
        this.actuals = actuals;
        this.earnedValues = earnedValues;
        this.earningMethods = earningMethods;
        this.forecasts = forecasts;
        this.suppliers = suppliers;
        this.rights = rights;
        this.projectRights = projectRights;
    }

    @Override
    public void authorise(String handler, Map<String, String> pathVariables) {
        switch (handler) {
            case "addExchangeRate" -> rights.require(OrganisationAct.KEEP_EXCHANGE_RATES);
            case "addSupplier" -> rights.require(OrganisationAct.KEEP_SUPPLIERS);
            case "addBudgetLine", "importActualCosts", "setEarningMethod", "enterForecast",
                 "recordInvoice" -> {
                Long project = AuthorisedFirst.id(pathVariables, "id");
                if (project != null) projectRights.require(new ProjectId(project), ProjectRight.EDIT);
            }
            default -> { }
        }
    }

    @GetMapping("/projects/{id}/budget")
    @Operation(operationId = "getBudget",
            summary = "A project's budget lines by category and month with original, approved changes and current")
    BudgetView budget(@PathVariable long id) {
        return budgets.budget(id);
    }

    @PostMapping("/projects/{id}/budget-lines")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createBudgetLine",
            summary = "Add an original budget or an approved change for a category and month (the project's editors)")
    BudgetLineView addBudgetLine(@PathVariable long id, @RequestBody BudgetLineCommand command) {
        return budgets.add(id, command);
    }

    @GetMapping("/finance/exchange-rates")
    @Operation(operationId = "listExchangeRates", summary = "Every exchange rate kept, by pair and date")
    List<ExchangeRateView> exchangeRates() {
        return rates.list();
    }

    @PostMapping("/finance/exchange-rates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createExchangeRate",
            summary = "Keep a rate from a date on: one 'from' is worth 'rate' 'to' (PMO)")
    ExchangeRateView addExchangeRate(@RequestBody ExchangeRateCommand command) {
        return rates.add(command);
    }

    @GetMapping("/projects/{id}/actual-costs")
    @Operation(operationId = "listActualCosts", summary = "A project's actual costs and their total")
    ActualCostsView actualCosts(@PathVariable long id) {
        return actuals.costs(id);
    }

    @PostMapping("/projects/{id}/actual-costs/import")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "importActualCosts",
            summary = "Import a ledger's cost file (CSV text, or an Excel workbook in Base64 with its sheet) through a "
                    + "column mapping: every bad row reported, all or nothing unless validOnly imports the valid rows "
                    + "and reports the skipped ones")
    ImportResult importActualCosts(@PathVariable long id, @RequestBody CostFileCommand command) {
        return actuals.importFile(id, command);
    }

    @GetMapping("/projects/{id}/earned-value")
    @Operation(operationId = "getEarnedValue",
            summary = "A project's earned value and earned schedule at its status date, with its S-curve by month; "
                    + "in the project's currency or converted to 'currency' at the rate in force each month")
    EarnedValueView earnedValue(@PathVariable long id, @RequestParam(required = false) String currency) {
        return earnedValues.project(id, currency);
    }

    @GetMapping("/projects/{id}/earned-value/control-accounts")
    @Operation(operationId = "getControlAccounts",
            summary = "A project's earned value per control account (the plan's top-level WBS elements) with the "
                    + "actual cost attributed to none; in the project's currency or converted to 'currency'")
    ControlAccounts.View controlAccounts(@PathVariable long id, @RequestParam(required = false) String currency) {
        return earnedValues.controlAccounts(id, currency);
    }

    @GetMapping("/finance/earned-value")
    @Operation(operationId = "getEarnedValueRollup",
            summary = "Earned value of every project whose money the reader reads (of one portfolio or all), "
                    + "converted to one currency, sorted by a metric, with the total")
    RollupView earnedValueRollup(@RequestParam(required = false) Long portfolioId,
                                 @RequestParam(required = false) String currency,
                                 @RequestParam(required = false) String sort,
                                 @RequestParam(required = false) Boolean descending) {
        return earnedValues.rollup(portfolioId, currency, sort, descending);
    }

    @PutMapping("/projects/{id}/tasks/{taskId}/earning-method")
    @Operation(operationId = "setEarningMethod",
            summary = "Choose how a working task earns its value: ZERO_HUNDRED, FIFTY_FIFTY, "
                    + "PHYSICAL_PERCENT_COMPLETE (the default) or WEIGHTED_MILESTONES (once its earning milestones "
                    + "are defined) (the project's editors)")
    EarningMethodView setEarningMethod(@PathVariable long id, @PathVariable long taskId,
                                       @RequestBody EarningMethodCommand command) {
        return earningMethods.set(id, taskId, command);
    }

    @GetMapping("/projects/{id}/forecasts")
    @Operation(operationId = "listForecasts",
            summary = "A project's forecast versions, newest first: the estimate to complete by month per period")
    ForecastsView forecasts(@PathVariable long id) {
        return forecasts.list(id);
    }

    @PostMapping("/projects/{id}/forecasts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createForecast",
            summary = "Enter the forecast of a reporting period: the estimate to complete by month, a new version "
                    + "(one per period; earlier versions are kept) (the project's editors)")
    ForecastView enterForecast(@PathVariable long id, @RequestBody ForecastCommand command) {
        return forecasts.enter(id, command);
    }

    @GetMapping("/finance/suppliers")
    @Operation(operationId = "listSuppliers", summary = "The suppliers the organisation buys from, by name")
    List<SupplierView> suppliers() {
        return suppliers.list();
    }

    @PostMapping("/finance/suppliers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createSupplier", summary = "Keep a new supplier (administrators and the PMO)")
    SupplierView addSupplier(@RequestBody SupplierCommand command) {
        return suppliers.add(command);
    }

    @PostMapping("/projects/{id}/supplier-invoices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordSupplierInvoice",
            summary = "Record an invoice received from a supplier as an actual cost of the project (its editors)")
    InvoiceView recordInvoice(@PathVariable long id, @RequestBody InvoiceCommand command) {
        return suppliers.recordInvoice(id, command);
    }

    @GetMapping("/projects/{id}/supplier-spend")
    @Operation(operationId = "getSupplierSpend", summary = "A project's spend by supplier: invoices and their total")
    SpendView supplierSpend(@PathVariable long id) {
        return suppliers.spend(id);
    }
}
