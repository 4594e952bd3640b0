package org.lodestar.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.lodestar.engine.evm.EarnedValue;
import org.lodestar.finance.internal.BudgetLineStore;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the other demo loaders, gives the demo projects money: exchange rates USD and GBP to EUR, four suppliers,
 * each project's budget by month over its planned dates (in its own currency: most EUR, some USD and GBP), actual
 * costs up to its status date (a ledger file imported, and suppliers' invoices) at a cost efficiency that follows
 * its intended health, and for active projects forecasts of the last two reporting periods. Written through the
 * module's services as the PMO, so every record is audited. Runs once, into a demo database without budgets.
 */
@Component
@Order(FinanceDemo.DEMO_ORDER)
class FinanceDemo implements ApplicationRunner {

    /** After the organisation (2, with plans, baselines and progress), status (4) and RAID (16) demo loaders. */
    static final int DEMO_ORDER = 17;

    private static final Logger log = LoggerFactory.getLogger(FinanceDemo.class);
    private static final String[][] SUPPLIERS = {{"Northwind Components", "DE"}, {"Contoso Consulting", "GB"},
            {"Fabrikam Systems", "US"}, {"Tailspin Logistics", "FR"}};
    private static final Object[][] RATES = {{"USD", "2020-01-01", "0.91"}, {"USD", "2024-01-01", "0.93"},
            {"USD", "2025-07-01", "0.92"}, {"GBP", "2020-01-01", "1.16"}, {"GBP", "2024-01-01", "1.17"},
            {"GBP", "2025-07-01", "1.18"}};

    private final ExchangeRateBook rates;
    private final Budgets budgets;
    private final BudgetLineStore budgetLines;
    private final ActualCosts actuals;
    private final Suppliers suppliers;
    private final Forecasts forecasts;
    private final EarnedValues earnedValues;
    private final ProjectRegistry projects;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    FinanceDemo(ExchangeRateBook rates, Budgets budgets, BudgetLineStore budgetLines, ActualCosts actuals,
                Suppliers suppliers, Forecasts forecasts, EarnedValues earnedValues, ProjectRegistry projects,
                People people, RunAs runAs, TransactionTemplate transaction, Clock clock,
                @Value("${lodestar.demo}") boolean demo) {
        this.rates = rates;
        this.budgets = budgets;
        this.budgetLines = budgetLines;
        this.actuals = actuals;
        this.suppliers = suppliers;
        this.forecasts = forecasts;
        this.earnedValues = earnedValues;
        this.projects = projects;
        this.people = people;
        this.runAs = runAs;
        this.transaction = transaction;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo || people.isEmpty()) return;
        Integer funded = transaction.execute(status -> runAs.call("pmo", () -> {
            if (budgetLines.anyAtAll()) return 0;
            return create();
        }));
        if (funded != null && funded > 0) log.info("Created demo budgets, costs and forecasts on {} projects.", funded);
    }

    private int create() {
        for (Object[] rate : RATES) {
            if (rates.list().stream().noneMatch(kept -> kept.from().equals(rate[0]) && kept.to().equals("EUR")
                    && kept.validFrom().toString().equals(rate[1]))) {
                rates.add(new ExchangeRateBook.ExchangeRateCommand((String) rate[0], "EUR",
                        LocalDate.parse((String) rate[1]), new BigDecimal((String) rate[2])));
            }
        }
        List<Long> supplierIds = new ArrayList<>();
        for (String[] supplier : SUPPLIERS) {
            supplierIds.add(suppliers.add(new Suppliers.SupplierCommand(supplier[0], supplier[1])).id());
        }
        List<ProjectRow> all = projects.search(new ProjectQuery(null, null, null, null, null, null, null, null, null,
                false, "code", false, 0, ProjectQuery.MAX_SIZE)).items();
        LocalDate today = LocalDate.now(clock);
        int funded = 0;
        for (int index = 0; index < all.size(); index++) {
            ProjectRow project = all.get(index);
            if (project.plannedStart() == null || project.plannedFinish() == null || project.budget() == null
                    || project.budget().signum() <= 0) {
                continue;
            }
            fund(project, index, supplierIds, today);
            funded++;
        }
        return funded;
    }

    private void fund(ProjectRow project, int index, List<Long> supplierIds, LocalDate today) {
        Random random = new Random(17_000L + index);
        Currency currency = Currency.getInstance(project.currency());
        YearMonth first = YearMonth.from(project.plannedStart());
        YearMonth last = YearMonth.from(project.plannedFinish());
        int months = (int) first.until(last, ChronoUnit.MONTHS) + 1;
        BigDecimal monthly = project.budget().divide(BigDecimal.valueOf(months), 0, RoundingMode.DOWN);
        BigDecimal rest = project.budget().subtract(monthly.multiply(BigDecimal.valueOf(months)));
        for (int m = 0; m < months; m++) {
            YearMonth month = first.plusMonths(m);
            BigDecimal amount = m == months - 1 ? monthly.add(rest) : monthly;
            BigDecimal capex = m % 3 == 1 ? amount.multiply(new BigDecimal("0.3")).setScale(0, RoundingMode.DOWN)
                    : BigDecimal.ZERO;
            budgets.add(project.id(), new Budgets.BudgetLineCommand("labour-opex", month.toString(), "ORIGINAL",
                    amount.subtract(capex), null));
            if (capex.signum() > 0) {
                budgets.add(project.id(), new Budgets.BudgetLineCommand("non-labour-capex", month.toString(),
                        "ORIGINAL", capex, null));
            }
        }
        if (project.state() == ProjectState.PROPOSED) return;
        EarnedValueCalculation.Result position = earnedValues.position(project.id(), today).result();
        EarnedValue value = position.position();
        if (!position.earned() || value.ev() <= 0) return;
        // cost efficiency by the risk the demo gave the project: red ones overrun, green ones slightly under
        double efficiency = switch (project.reportedHealth() == null ? "NONE" : project.reportedHealth().name()) {
            case "RED" -> 0.78 + random.nextDouble() * 0.07;
            case "AMBER" -> 0.88 + random.nextDouble() * 0.07;
            default -> 0.97 + random.nextDouble() * 0.08;
        };
        double cost = value.ev() / efficiency;
        costs(project, currency, position, cost, supplierIds, random);
        if (project.state() == ProjectState.ACTIVE) forecast(project, currency, value, efficiency, today);
    }

    /** Spreads the cost over the months with planned value up to the status date: 70 % ledger, 30 % suppliers. */
    private void costs(ProjectRow project, Currency currency, EarnedValueCalculation.Result position, double cost,
                       List<Long> supplierIds, Random random) {
        YearMonth status = YearMonth.from(position.statusDate());
        int statusIndex = (int) position.first().until(status, ChronoUnit.MONTHS);
        double planned = 0;
        for (int m = 0; m <= statusIndex && m < position.months(); m++) planned += position.pvByMonth()[m];
        if (planned <= 0) return;
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        StringBuilder csv = new StringBuilder("Voucher,Posted,Amount,Category\n");
        int lines = 0;
        for (int m = 0; m <= statusIndex && m < position.months(); m++) {
            double share = cost * position.pvByMonth()[m] / planned;
            if (share < 1) continue;
            YearMonth month = position.month(m);
            LocalDate posted = month == status ? position.statusDate() : month.atEndOfMonth();
            BigDecimal ledger = BigDecimal.valueOf(share * 0.7).setScale(scale, RoundingMode.HALF_EVEN);
            csv.append(project.code()).append('-').append(month).append(',').append(posted).append(',')
                    .append(ledger.toPlainString()).append(",labour-opex\n");
            lines++;
            BigDecimal invoiced = BigDecimal.valueOf(share * 0.3).setScale(scale, RoundingMode.HALF_EVEN);
            long supplier = supplierIds.get(random.nextInt(supplierIds.size()));
            suppliers.recordInvoice(project.id(), new Suppliers.InvoiceCommand(supplier,
                    "INV-" + project.code() + "-" + month, posted, "non-labour-opex", invoiced, null));
        }
        if (lines > 0) {
            actuals.importFile(project.id(), new ActualCosts.CostFileCommand(csv.toString(),
                    new CostFileImport.ColumnMapping("Posted", "Amount", "Category", "Voucher")));
        }
    }

    /** Last month's and this month's forecasts: the remaining budget at the project's efficiency, then a revision. */
    private void forecast(ProjectRow project, Currency currency, EarnedValue value, double efficiency,
                          LocalDate today) {
        YearMonth current = YearMonth.from(today);
        YearMonth end = YearMonth.from(project.plannedFinish());
        if (!end.isAfter(current)) end = current.plusMonths(2);
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        double remaining = Math.max(0, value.bac() - value.ev()) / efficiency;
        for (int version = 0; version < 2; version++) {
            YearMonth period = current.minusMonths(1 - version);
            int months = (int) period.until(end, ChronoUnit.MONTHS) + 1;
            double etc = remaining * (version == 0 ? 0.95 : 1.0);
            List<Forecasts.ForecastLine> lines = new ArrayList<>();
            for (int m = 0; m < months; m++) {
                lines.add(new Forecasts.ForecastLine(period.plusMonths(m).toString(),
                        BigDecimal.valueOf(etc / months).setScale(scale, RoundingMode.HALF_EVEN)));
            }
            forecasts.enter(project.id(), new Forecasts.ForecastCommand(period.toString(), lines,
                    version == 0 ? "Monthly review" : "Revised after the monthly review"));
        }
    }
}
