package org.lodestar.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.lodestar.engine.evm.EarnedSchedule;
import org.lodestar.engine.evm.EarnedValue;
import org.lodestar.engine.evm.EarningMethod;
import org.lodestar.finance.EarnedValueCalculation.Cost;
import org.lodestar.finance.EarnedValueCalculation.Result;
import org.lodestar.finance.internal.ActualCostStore;
import org.lodestar.finance.internal.BudgetLineStore;
import org.lodestar.finance.internal.TaskEarningMethodStore;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.planning.PlanProgress;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earned value of projects and their roll-up ({@link EarnedValueCalculation} for the rules): per project in its own
 * currency or converted to another, month by month at the rate in force (a missing rate is a 422 naming the pair and
 * the month); the roll-up of every project whose money the reader may read, in the reporting currency, sortable
 * by any metric. Read by whoever may read the project's money.
 */
@Service
public class EarnedValues {

    /** The metrics a roll-up can be sorted by. */
    public static final Set<String> SORTS = Set.of("code", "name", "bac", "pv", "ev", "ac", "sv", "cv", "spi", "cpi",
            "eac", "etc", "vac", "tcpi", "es", "svt", "spit", "ieact");

    private final BudgetLineStore budgets;
    private final ActualCostStore actuals;
    private final TaskEarningMethodStore methods;
    private final PlanProgress plans;
    private final ExchangeRateBook rates;
    private final Forecasts forecasts;
    private final ProjectRegistry projects;
    private final ProjectRights rights;
    private final Clock clock;
    private final String reportingCurrency;
    private final AssignedCosts assignedCosts;
    // looked up when asked: the stored positions are themselves computed here
    private final ObjectProvider<EarnedValuePositions> positions;

    EarnedValues(BudgetLineStore budgets, ActualCostStore actuals, TaskEarningMethodStore methods, PlanProgress plans,
                 ExchangeRateBook rates, Forecasts forecasts, ProjectRegistry projects, ProjectRights rights, Clock clock,
                 @Value("${lodestar.finance.reporting-currency:EUR}") String reportingCurrency,
                 AssignedCosts assignedCosts, ObjectProvider<EarnedValuePositions> positions) {
        this.assignedCosts = assignedCosts;
        this.positions = positions;
        this.budgets = budgets;
        this.actuals = actuals;
        this.methods = methods;
        this.plans = plans;
        this.rates = rates;
        this.forecasts = forecasts;
        this.projects = projects;
        this.rights = rights;
        this.clock = clock;
        this.reportingCurrency = reportingCurrency;
    }

    /** The performance indices and amounts at the status date; those that need earned value are null without it. */
    public record Metrics(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, BigDecimal sv, BigDecimal cv,
                          Double spi, Double cpi, BigDecimal eac, BigDecimal eacAtBudgetRate,
                          BigDecimal eacByCpiAndSpi, BigDecimal etc, BigDecimal vac, Double tcpi) {

        /** The same without planned value and what needs it (SV, SPI, the EAC by CPI × SPI). */
        public Metrics withoutPlannedValue() {
            return new Metrics(bac, null, ev, ac, null, cv, null, cpi, eac, eacAtBudgetRate, null, etc, vac, tcpi);
        }
    }

    /** Earned schedule in months from the first month shown: ES, AT, PD, SV(t), SPI(t) and IEAC(t). */
    public record ScheduleMetrics(Double es, Double at, Double plannedDuration, Double svt, Double spit,
                                  Double ieact) {
    }

    /**
     * One month of the S-curve: cumulative PV; cumulative AC up to the status month (null after it); and from the
     * status month on, the estimate at completion's path (null before): AC to date plus the latest forecast's
     * months, or without a forecast a straight line to EAC = BAC / CPI at the last planned month.
     */
    public record MonthPoint(String month, BigDecimal pv, BigDecimal ac, BigDecimal eac) {
    }

    /** The latest forecast: its version, period, ETC and EAC = AC + ETC, in the view's currency. */
    public record ForecastSummary(int number, String period, BigDecimal etc, BigDecimal eac) {
    }

    /**
     * A project's earned value. {@code plannedValueFrom} says where PV came from: {@code BASELINE} (the plan's
     * baseline {@code baseline}) or {@code BUDGET} (the budget lines' months); {@code earnedFromProgress} is false
     * when the project has no plan to earn from (EV and what needs it are then null).
     */
    public record EarnedValueView(long projectId, String code, String name, String currency, String projectCurrency,
                                  LocalDate statusDate, String plannedValueFrom, Integer baseline,
                                  boolean earnedFromProgress, Metrics metrics, ScheduleMetrics earnedSchedule,
                                  ForecastSummary forecast, List<MonthPoint> months) {
    }

    /** One project of a roll-up, converted to the roll-up's currency. */
    public record RollupLine(long projectId, String code, String name, String projectCurrency, LocalDate statusDate,
                             String plannedValueFrom, Metrics metrics, ScheduleMetrics earnedSchedule) {
    }

    /**
     * A programme or a portfolio of a roll-up (id and name null: the projects in no programme), its projects added
     * up in the roll-up's currency ({@link EarnedValueRollup}): the amounts and indices of the sums, and earned
     * schedule computed on the summed planned-value curve as of the latest status date among its projects.
     */
    public record GroupLine(Long id, String name, int projects, LocalDate statusDate, Metrics metrics,
                            ScheduleMetrics earnedSchedule) {
    }

    /**
     * A roll-up: its currency, the projects sorted as asked, and their total (indices of the summed amounts, earned
     * schedule on the summed curve, as of the latest status date among the projects, {@code statusDate}); the same
     * per programme and per portfolio (by name); and the total's S-curve by month (cumulative PV, AC to the status
     * month, the EAC's straight path from there to BAC / CPI), EV being the total's at {@code statusDate}.
     */
    public record RollupView(String currency, Long portfolioId, String sort, boolean descending,
                             List<RollupLine> projects, Metrics total, ScheduleMetrics totalSchedule,
                             List<GroupLine> programmes, List<GroupLine> portfolios, LocalDate statusDate,
                             List<MonthPoint> months) {
    }

    /** A project's earned value, in its currency or converted to {@code currency} (null: the project's own). */
    @Transactional(readOnly = true)
    public EarnedValueView project(long project, String currency) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.READ_MONEY);
        ProjectView view = projects.get(id);
        Currency own = Currency.getInstance(view.currency());
        Currency target = currency == null || currency.isBlank() ? own : Amounts.requireCurrency("currency", currency);
        Position position = position(project, LocalDate.now(clock));
        ExchangeRates book = rates.rates();
        Result result = converted(position.result(), own, target, book);
        TreeMap<YearMonth, Double> forecast = new TreeMap<>();
        Optional<Forecasts.ForecastView> latest = forecasts.latest(project);
        latest.ifPresent(found -> found.lines().forEach(line -> {
            YearMonth month = YearMonth.parse(line.month());
            forecast.merge(month, line.amount().doubleValue() * book.rateInForce(own, target, month).doubleValue(),
                    Double::sum);
        }));
        ForecastSummary summary = latest.map(found -> {
            double etc = forecast.values().stream().mapToDouble(Double::doubleValue).sum();
            return new ForecastSummary(found.number(), found.period(), money(etc, target),
                    money(result.position().ac() + etc, target));
        }).orElse(null);
        return new EarnedValueView(project, view.code(), view.name(), target.getCurrencyCode(),
                own.getCurrencyCode(), result.statusDate(), result.source().name(), position.baseline(),
                result.earned(), metrics(result.position(), result.earned(), target),
                schedule(result.schedule()), summary, months(result, latest.isPresent() ? forecast : null, target));
    }

    private static BigDecimal money(double amount, Currency currency) {
        return Double.isFinite(amount) ? BigDecimal.valueOf(amount).setScale(
                Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_EVEN) : null;
    }

    /**
     * The roll-up of the projects (of one portfolio, or all) whose money the reader may read and that have a
     * budget or costs, in {@code currency} (null: the reporting currency), sorted by {@code sort}; each project's
     * position as {@link EarnedValuePositions} keeps it.
     */
    @Transactional(readOnly = true)
    public RollupView rollup(Long portfolio, String currency, String sort, Boolean descending) {
        var problems = new InvalidInputException.Collector();
        String by = sort == null || sort.isBlank() ? "code" : sort.strip();
        if (!SORTS.contains(by)) problems.add("sort", "finance.rollup.sort", by);
        Currency target = currency == null || currency.isBlank() ? Currency.getInstance(reportingCurrency)
                : Amounts.currency(problems, "currency", currency);
        problems.throwIfAny();
        ExchangeRates book = rates.rates();
        LocalDate today = LocalDate.now(clock);
        List<RollupLine> lines = new ArrayList<>();
        List<Result> all = new ArrayList<>();
        Map<Long, List<Result>> byProgramme = new LinkedHashMap<>();
        Map<Long, List<Result>> byPortfolio = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        Map<Long, String> portfolioNames = new HashMap<>();
        boolean everyProject = rights.mayOnEvery(ProjectRight.READ_MONEY);
        List<ProjectRow> readable = projects.everyRow(portfolio).stream()
                .filter(row -> everyProject || rights.may(new ProjectId(row.id()), ProjectRight.READ_MONEY)).toList();
        Map<Long, Result> own = positions.getObject().results(readable.stream().map(ProjectRow::id).toList(), today);
        for (ProjectRow row : readable) {
            if (!own.containsKey(row.id())) continue;   // neither budget nor costs
            Result result = converted(own.get(row.id()), Currency.getInstance(row.currency()), target, book);
            all.add(result);
            Long programme = row.programme() == null ? null : row.programme().id();
            if (programme != null) names.put(programme, row.programme().name());
            byProgramme.computeIfAbsent(programme, key -> new ArrayList<>()).add(result);
            if (row.portfolio() != null) {
                portfolioNames.put(row.portfolio().id(), row.portfolio().name());
                byPortfolio.computeIfAbsent(row.portfolio().id(), key -> new ArrayList<>()).add(result);
            }
            lines.add(new RollupLine(row.id(), row.code(), row.name(), row.currency(), result.statusDate(),
                    result.source().name(), metrics(result.position(), result.earned(), target),
                    schedule(result.schedule())));
        }
        boolean down = Boolean.TRUE.equals(descending);
        lines.sort(order(by, down));
        if (all.isEmpty()) {
            return new RollupView(target.getCurrencyCode(), portfolio, by, down, List.of(),
                    metrics(new EarnedValue(0, 0, 0, 0), false, target), schedule(null), List.of(), List.of(), null,
                    List.of());
        }
        Result total = EarnedValueRollup.combine(all);
        return new RollupView(target.getCurrencyCode(), portfolio, by, down, List.copyOf(lines),
                metrics(total.position(), total.earned(), target), schedule(total.schedule()),
                groups(byProgramme, names, target), groups(byPortfolio, portfolioNames, target), total.statusDate(),
                months(total, null, target));
    }

    /** Each group's projects added up, by name (the projects in no programme last). */
    private static List<GroupLine> groups(Map<Long, List<Result>> members, Map<Long, String> names,
                                          Currency currency) {
        List<GroupLine> groups = new ArrayList<>();
        members.forEach((id, results) -> {
            Result sum = EarnedValueRollup.combine(results);
            groups.add(new GroupLine(id, id == null ? null : names.get(id), results.size(), sum.statusDate(),
                    metrics(sum.position(), sum.earned(), currency), schedule(sum.schedule())));
        });
        groups.sort(Comparator.comparing(GroupLine::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(GroupLine::id, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(groups);
    }

    /** A project's position in its own currency at its status date (the plan's, else today); no rights asked. */
    Position position(long project, LocalDate today) {
        return position(project, today, false);
    }

    /**
     * A project's position in its own currency at {@code statusDate} whatever the plan's status date: PV and AC
     * honour the date, EV is the progress as entered (progress is kept as of the plan's status date only); no
     * rights asked. For the earned value history ({@link EarnedValueHistory}).
     */
    Position positionAt(long project, LocalDate statusDate) {
        return position(project, statusDate, true);
    }

    private Position position(long project, LocalDate today, boolean atToday) {
        TreeMap<YearMonth, Double> budget = new TreeMap<>();
        for (BudgetLineStore.Stored line : budgets.forProject(project)) {
            budget.merge(YearMonth.from(line.month()), line.amount().doubleValue(), Double::sum);
        }
        List<Cost> costs = actuals.forProject(project).stream()
                .map(cost -> new Cost(cost.postedOn(), cost.amount().doubleValue())).toList();
        Optional<PlanProgress.Progress> progress = plans.of(project);
        Map<Long, String> chosen = progress.isPresent() ? methods.forProject(project) : Map.of();
        Map<Long, List<EarnedValueCalculation.Milestone>> milestones = progress.isPresent()
                && chosen.containsValue(EarningMethod.WEIGHTED_MILESTONES.name())
                ? milestones(methods.milestonesOf(project)) : Map.of();
        List<EarnedValueCalculation.Task> tasks = progress.map(found -> found.tasks().stream()
                .map(task -> new EarnedValueCalculation.Task(task.taskId(), task.durationMinutes(),
                        task.baselineStart(), task.baselineFinish(), task.start(), task.finish(), task.actualStart(),
                        task.actualFinish(), task.percentComplete(),
                        EarningMethod.valueOf(chosen.getOrDefault(task.taskId(),
                                EarningMethod.PHYSICAL_PERCENT_COMPLETE.name())),
                        milestones.get(task.taskId())))
                .toList()).orElse(List.of());
        Integer baseline = progress.map(PlanProgress.Progress::baseline).orElse(null);
        LocalDate status = progress.map(PlanProgress.Progress::statusDate).orElse(null);
        double[] weights = progress.isEmpty() || progress.get().assignments().isEmpty() ? null
                : TaskWeights.of(tasks, assignedCosts.of(progress.get(),
                Currency.getInstance(projects.currencyOf(new ProjectId(project)).orElse(reportingCurrency))));
        Result result = EarnedValueCalculation.calculate(budget, tasks, weights, baseline != null, costs,
                status != null && !atToday ? status : today);
        return new Position(result, result.source() == EarnedValueCalculation.PlannedValueSource.BASELINE
                ? baseline : null, tasks, progress.orElse(null), weights);
    }

    /** Tasks' earning milestones as the calculation reads them. */
    private static Map<Long, List<EarnedValueCalculation.Milestone>> milestones(
            Map<Long, List<TaskEarningMethodStore.Milestone>> stored) {
        Map<Long, List<EarnedValueCalculation.Milestone>> byTask = new HashMap<>();
        stored.forEach((task, list) -> byTask.put(task, list.stream()
                .map(found -> new EarnedValueCalculation.Milestone(found.weight().doubleValue(), found.reachedOn()))
                .toList()));
        return byTask;
    }

    /**
     * A project's position and the baseline its planned value came from (null: the budget's months), with the working
     * tasks it was computed on, the plan's progress they came from (null: no plan) and the tasks' weights
     * ({@link TaskWeights}; null: shares follow durations).
     */
    record Position(Result result, Integer baseline, List<EarnedValueCalculation.Task> tasks,
                    PlanProgress.Progress progress, double[] weights) {

        Position(Result result, Integer baseline) {
            this(result, baseline, List.of(), null, null);
        }
    }

    private static Result converted(Result result, Currency from, Currency to, ExchangeRates book) {
        if (from.equals(to)) return result;
        double[] monthly = new double[result.months()];
        for (int m = 0; m < monthly.length; m++) {
            monthly[m] = book.rateInForce(from, to, result.month(m)).doubleValue();
        }
        return EarnedValueCalculation.convert(result, monthly);
    }

    static Metrics metrics(EarnedValue value, boolean earned, Currency currency) {
        Function<Double, BigDecimal> money = amount -> amount == null || !Double.isFinite(amount) ? null
                : BigDecimal.valueOf(amount).setScale(Math.max(0, currency.getDefaultFractionDigits()),
                        RoundingMode.HALF_EVEN);
        if (!earned) {
            return new Metrics(money.apply(value.bac()), money.apply(value.pv()), null, money.apply(value.ac()),
                    null, null, null, null, null, null, null, null, null, null);
        }
        return new Metrics(money.apply(value.bac()), money.apply(value.pv()), money.apply(value.ev()),
                money.apply(value.ac()), money.apply(value.sv()), money.apply(value.cv()), index(value.spi()),
                index(value.cpi()), money.apply(value.eacByCpi()), money.apply(value.eacAtBudgetRate()),
                money.apply(value.eacByCpiAndSpi()), money.apply(value.etc()), money.apply(value.vac()),
                index(value.tcpi()));
    }

    private static Double index(double value) {
        return Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : null;
    }

    private static ScheduleMetrics schedule(EarnedSchedule schedule) {
        if (schedule == null) return new ScheduleMetrics(null, null, null, null, null, null);
        return new ScheduleMetrics(round2(schedule.es()), round2(schedule.actualTime()),
                round2(schedule.plannedDuration()), round2(schedule.svt()), index(schedule.spit()),
                round2(schedule.ieact()));
    }

    private static Double round2(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : null;
    }

    private static List<MonthPoint> months(Result result, TreeMap<YearMonth, Double> forecast, Currency currency) {
        YearMonth status = YearMonth.from(result.statusDate());
        YearMonth last = result.month(result.months() - 1);
        if (forecast != null && !forecast.isEmpty() && forecast.lastKey().isAfter(last)) last = forecast.lastKey();
        int lastPlanned = 0;
        for (int m = 0; m < result.months(); m++) if (result.pvByMonth()[m] != 0) lastPlanned = m;
        int statusIndex = (int) result.first().until(status, java.time.temporal.ChronoUnit.MONTHS);
        double eacByCpi = result.earned() ? result.position().eacByCpi() : Double.NaN;
        double acToDate = result.position().ac();
        List<MonthPoint> points = new ArrayList<>();
        double pv = 0, ac = 0, eac = acToDate;
        for (int m = 0; !result.month(m).isAfter(last); m++) {
            YearMonth month = result.month(m);
            if (m < result.months()) {
                pv += result.pvByMonth()[m];
                ac += result.acByMonth()[m];
            }
            Double path = null;
            if (m >= statusIndex) {
                if (forecast != null) {
                    for (double amount : (m == statusIndex ? forecast.headMap(month, true) : forecast.subMap(month,
                            true, month, true)).values()) {
                        eac += amount;
                    }
                    path = eac;
                } else if (Double.isFinite(eacByCpi)) {
                    path = m >= lastPlanned || lastPlanned <= statusIndex ? eacByCpi
                            : acToDate + (eacByCpi - acToDate) * (m - statusIndex) / (lastPlanned - statusIndex);
                }
            }
            points.add(new MonthPoint(month.toString(), money(pv, currency),
                    month.isAfter(status) ? null : money(ac, currency), path == null ? null : money(path, currency)));
        }
        return List.copyOf(points);
    }

    private static Comparator<RollupLine> order(String sort, boolean descending) {
        Comparator<RollupLine> byCode = Comparator.comparing(RollupLine::code, String.CASE_INSENSITIVE_ORDER);
        Comparator<RollupLine> chosen = switch (sort) {
            case "code" -> byCode;
            case "name" -> Comparator.comparing(RollupLine::name, String.CASE_INSENSITIVE_ORDER);
            default -> Comparator.comparing((RollupLine line) -> metric(line, sort),
                    Comparator.nullsLast(Comparator.naturalOrder()));
        };
        if (descending) {
            Comparator<RollupLine> reversed = switch (sort) {
                case "code", "name" -> chosen.reversed();
                default -> Comparator.comparing((RollupLine line) -> metric(line, sort),
                        Comparator.nullsLast(Comparator.<Double>reverseOrder()));
            };
            return reversed.thenComparing(byCode);
        }
        return chosen.thenComparing(byCode);
    }

    /** A line's metric as a number for sorting, null when it has none. */
    static Double metric(RollupLine line, String sort) {
        Metrics m = line.metrics();
        ScheduleMetrics s = line.earnedSchedule();
        Object value = switch (sort.toLowerCase(Locale.ROOT)) {
            case "bac" -> m.bac();
            case "pv" -> m.pv();
            case "ev" -> m.ev();
            case "ac" -> m.ac();
            case "sv" -> m.sv();
            case "cv" -> m.cv();
            case "spi" -> m.spi();
            case "cpi" -> m.cpi();
            case "eac" -> m.eac();
            case "etc" -> m.etc();
            case "vac" -> m.vac();
            case "tcpi" -> m.tcpi();
            case "es" -> s.es();
            case "svt" -> s.svt();
            case "spit" -> s.spit();
            case "ieact" -> s.ieact();
            default -> null;
        };
        if (value instanceof BigDecimal amount) return amount.doubleValue();
        return (Double) value;
    }

    /**
     * A project's earned value per control account ({@link ControlAccounts}), in its currency or converted to
     * {@code currency} as {@link #project} converts: the accounts' BAC, PV and EV and the accounts' AC with the
     * unattributed line add up exactly to the project's, in the currency's smallest unit.
     */
    @Transactional(readOnly = true)
    public ControlAccounts.View controlAccounts(long project, String currency) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.READ_MONEY);
        ProjectView view = projects.get(id);
        Currency own = Currency.getInstance(view.currency());
        Currency target = currency == null || currency.isBlank() ? own : Amounts.requireCurrency("currency", currency);
        Position position = position(project, LocalDate.now(clock));
        ExchangeRates book = rates.rates();
        List<ControlAccounts.Account> accounts = new ArrayList<>();
        if (position.progress() != null) {
            for (PlanProgress.TopElement top : position.progress().topElements()) {
                accounts.add(new ControlAccounts.Account(top.taskId(), top.wbs(), top.name(), top.summary(),
                        Set.copyOf(top.tasks())));
            }
        }
        Map<Long, Long> taskOf = actuals.tasks(project);
        List<ControlAccounts.TaskCost> costs = actuals.forProject(project).stream()
                .map(cost -> new ControlAccounts.TaskCost(cost.postedOn(), cost.amount().doubleValue(),
                        taskOf.get(cost.id())))
                .toList();
        Result inOwnCurrency = position.result();
        ControlAccounts.Grouping grouping = ControlAccounts.group(inOwnCurrency, position.tasks(),
                EarnedValueCalculation.shares(position.tasks(), position.weights(), inOwnCurrency.position().bac()),
                accounts, costs);
        Result whole = converted(inOwnCurrency, own, target, book);
        List<EarnedValue> parts = new ArrayList<>();
        for (Result result : grouping.results()) parts.add(converted(result, own, target, book).position());
        EarnedValue rest = converted(grouping.unattributed(), own, target, book).position();
        return ControlAccounts.view(project, view.code(), view.name(), target, own, whole, position.baseline(),
                metrics(whole.position(), whole.earned(), target), grouping.accounts(), parts, rest);
    }
}
