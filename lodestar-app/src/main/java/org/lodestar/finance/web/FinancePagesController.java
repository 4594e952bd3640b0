package org.lodestar.finance.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lodestar.finance.ActualCosts;
import org.lodestar.finance.Budgets;
import org.lodestar.finance.EarnedValues;
import org.lodestar.finance.EarnedValues.EarnedValueView;
import org.lodestar.finance.EarnedValues.Metrics;
import org.lodestar.finance.EarnedValues.RollupView;
import org.lodestar.finance.EarnedValues.ScheduleMetrics;
import org.lodestar.finance.MissingExchangeRateException;
import org.lodestar.finance.Procurement;
import org.lodestar.finance.Suppliers;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.platform.RuleException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finance in the web UI: a project's earned value and earned schedule with its S-curve, and the portfolio roll-up
 * table sortable by any metric. The services decide who reads what; a missing exchange rate or a bad choice of
 * currency or sort is shown on the page, in the reader's language.
 */
@Controller
class FinancePagesController {

    /** The roll-up's columns, in order, with their sort keys. */
    static final List<String> COLUMNS = List.of("bac", "pv", "ev", "ac", "cv", "sv", "cpi", "spi", "eac", "vac",
            "tcpi", "es", "svt", "spit", "ieact");

    private final EarnedValues earnedValues;
    private final ProjectRegistry projects;
    private final PortfolioRegistry portfolios;
    private final Suppliers suppliers;
    private final MessageSource messages;
    private final Procurement procurement;
    private final Budgets budgets;
    private final EarningSection earning;
    private final ActualCosts actualCosts;

    FinancePagesController(EarnedValues earnedValues, ProjectRegistry projects, PortfolioRegistry portfolios,
                           Suppliers suppliers, MessageSource messages, Procurement procurement, Budgets budgets,
                           EarningSection earning, ActualCosts actualCosts) {
        this.earning = earning;
        this.actualCosts = actualCosts;
        this.procurement = procurement;
        this.budgets = budgets;
        this.earnedValues = earnedValues;
        this.suppliers = suppliers;
        this.projects = projects;
        this.portfolios = portfolios;
        this.messages = messages;
    }

    /** What was refused, in the reader's language. */
    private List<String> problems(RuntimeException refused) {
        return problems(messages, refused, LocaleContextHolder.getLocale());
    }

    /** What was refused (a rule, or invalid input field by field), in {@code locale}; the finance pages share it. */
    static List<String> problems(MessageSource messages, RuntimeException refused, Locale locale) {
        List<String> texts = new ArrayList<>();
        if (refused instanceof RuleException rule) {
            texts.add(messages.getMessage(rule.messageKey(), rule.arguments(), rule.getMessage(), locale));
        } else if (refused instanceof InvalidInputException invalid) {
            for (InvalidInputException.FieldProblem problem : invalid.problems()) {
                texts.add(problem.message() != null ? problem.message()
                        : messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale));
            }
        }
        return texts;
    }

    /** A metric as the page shows it: its label key, its value as text, and an id for tests and links. */
    record MetricRow(String key, String value) {
    }

    @GetMapping("/projects/{id}/finance")
    String project(@PathVariable long id, @RequestParam(required = false) String currency, Model model) {
        model.addAttribute("project", projects.get(new ProjectId(id)));
        model.addAttribute("currency", currency == null ? "" : currency);
        Suppliers.SpendView spend = suppliers.spend(id);
        model.addAttribute("spend", spend);
        model.addAttribute("spendTotals", spend.suppliers().stream()
                .map(line -> money(line.total(), LocaleContextHolder.getLocale())).toList());
        model.addAttribute("spendTotal", money(spend.total(), LocaleContextHolder.getLocale()));
        model.addAttribute("money", new Money(LocaleContextHolder.getLocale()));
        model.addAttribute("budget", budgets.budget(id));
        Procurement.CommitmentsView commitments = procurement.commitments(id);
        model.addAttribute("commitments", commitments);
        model.addAttribute("earning", earning.of(id));
        model.addAttribute("mayImportCosts", actualCosts.mayImport(id));
        try {
            EarnedValueView view = earnedValues.project(id, currency);
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("view", view);
            model.addAttribute("eacBelowFloor", view.currency().equals(commitments.currency())
                    && view.metrics().eac() != null && view.metrics().eac().compareTo(commitments.eacFloor()) < 0);
            model.addAttribute("values", valueRows(view.metrics(), locale));
            model.addAttribute("schedule", scheduleRows(view.earnedSchedule(), locale));
            model.addAttribute("chart", SCurveChart.of(view, amount -> money(amount, locale)));
            model.addAttribute("forecastEtc", view.forecast() == null ? null : money(view.forecast().etc(), locale));
            model.addAttribute("forecastEac", view.forecast() == null ? null : money(view.forecast().eac(), locale));
            model.addAttribute("controlAccounts",
                    ControlAccountRows.of(earnedValues.controlAccounts(id, currency), locale));
        } catch (MissingExchangeRateException | InvalidInputException refused) {
            model.addAttribute("problems", problems(refused));
        }
        return "finance/project";
    }

    @GetMapping("/finance/earned-value")
    String rollup(@RequestParam(required = false) Long portfolioId, @RequestParam(required = false) String currency,
                  @RequestParam(required = false) String sort, @RequestParam(required = false) Boolean descending,
                  Model model) {
        model.addAttribute("portfolios", portfolios.portfolios());
        model.addAttribute("portfolioId", portfolioId);
        model.addAttribute("currency", currency == null ? "" : currency);
        model.addAttribute("columns", COLUMNS);
        try {
            RollupView view = earnedValues.rollup(portfolioId, currency, sort, descending);
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("view", view);
            List<List<String>> cells = new ArrayList<>();
            for (EarnedValues.RollupLine line : view.projects()) cells.add(cells(line.metrics(), line.earnedSchedule(), locale));
            model.addAttribute("cells", cells);
            model.addAttribute("totals", cells(view.total(), view.totalSchedule(), locale));
            List<List<String>> programmeCells = new ArrayList<>();
            for (EarnedValues.GroupLine group : view.programmes()) {
                programmeCells.add(cells(group.metrics(), group.earnedSchedule(), locale));
            }
            List<List<String>> portfolioCells = new ArrayList<>();
            for (EarnedValues.GroupLine group : view.portfolios()) {
                portfolioCells.add(cells(group.metrics(), group.earnedSchedule(), locale));
            }
            model.addAttribute("programmeCells", programmeCells);
            model.addAttribute("portfolioCells", portfolioCells);
            if (!view.months().isEmpty()) {
                model.addAttribute("chart", SCurveChart.of(view.months(), view.total().ev(), view.statusDate(),
                        amount -> money(amount, locale)));
            }
        } catch (MissingExchangeRateException | InvalidInputException refused) {
            model.addAttribute("problems", problems(refused));
        }
        return "finance/rollup";
    }

    private static List<String> cells(Metrics m, ScheduleMetrics s, Locale locale) {
        return List.of(money(m.bac(), locale), money(m.pv(), locale), money(m.ev(), locale), money(m.ac(), locale),
                money(m.cv(), locale), money(m.sv(), locale), index(m.cpi(), locale), index(m.spi(), locale),
                money(m.eac(), locale), money(m.vac(), locale), index(m.tcpi(), locale), months(s.es(), locale),
                months(s.svt(), locale), index(s.spit(), locale), months(s.ieact(), locale));
    }

    private static List<MetricRow> valueRows(Metrics m, Locale locale) {
        return List.of(new MetricRow("bac", money(m.bac(), locale)), new MetricRow("pv", money(m.pv(), locale)),
                new MetricRow("ev", money(m.ev(), locale)), new MetricRow("ac", money(m.ac(), locale)),
                new MetricRow("sv", money(m.sv(), locale)), new MetricRow("cv", money(m.cv(), locale)),
                new MetricRow("spi", index(m.spi(), locale)), new MetricRow("cpi", index(m.cpi(), locale)),
                new MetricRow("eac", money(m.eac(), locale)),
                new MetricRow("eacAtBudgetRate", money(m.eacAtBudgetRate(), locale)),
                new MetricRow("eacByCpiAndSpi", money(m.eacByCpiAndSpi(), locale)),
                new MetricRow("etc", money(m.etc(), locale)), new MetricRow("vac", money(m.vac(), locale)),
                new MetricRow("tcpi", index(m.tcpi(), locale)));
    }

    private static List<MetricRow> scheduleRows(ScheduleMetrics s, Locale locale) {
        return List.of(new MetricRow("es", months(s.es(), locale)), new MetricRow("at", months(s.at(), locale)),
                new MetricRow("pd", months(s.plannedDuration(), locale)), new MetricRow("svt", months(s.svt(), locale)),
                new MetricRow("spit", index(s.spit(), locale)), new MetricRow("ieact", months(s.ieact(), locale)));
    }

    static String money(BigDecimal amount, Locale locale) {
        if (amount == null) return "–";
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(Math.max(0, amount.scale()));
        format.setGroupingUsed(true);
        return format.format(amount);
    }

    static String index(Double value, Locale locale) {
        if (value == null) return "–";
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    static String months(Double value, Locale locale) {
        if (value == null) return "–";
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
