package org.lodestar.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestar.engine.evm.EarnedSchedule;
import org.lodestar.finance.EarnedValueCalculation.Result;
import org.lodestar.finance.EarnedValues.Metrics;
import org.lodestar.finance.internal.ActualCostStore;
import org.lodestar.finance.internal.BudgetLineStore;
import org.lodestar.finance.internal.EarnedValueHistoryStore;
import org.lodestar.finance.internal.EarnedValueHistoryStore.Figures;
import org.lodestar.finance.internal.EarnedValueHistoryStore.Stored;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.platform.UnprocessableException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.status.ComputedHealth;
import org.lodestar.status.HealthIndicatorSource;
import org.lodestar.status.StatusReportPublished;
import org.lodestar.status.ThresholdView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earned value recorded per reporting period (a month), because progress is kept as of the status date only and
 * EV cannot be recomputed later. A period's snapshot (status date, BAC, PV, EV, AC, EAC = BAC / CPI, earned schedule
 * and actual time, in the project's currency) is recorded when the project's status report is published (at the
 * report's period end, {@link StatusReportPublished}), or by the project's editors' act "record this period's earned
 * value" (at the plan's status date, else today). The period is the status date's month; recording it again replaces
 * its row, audited with the figures before and after. Read per project (converted at each period's rate in force)
 * and rolled up by period over the projects whose money the reader reads ({@link EarnedValueTrend}).
 */
@Service
public class EarnedValueHistory {

    static final String AUDIT_TYPE = "earned-value-period";

    private final EarnedValueHistoryStore store;
    private final EarnedValues earnedValues;
    private final BudgetLineStore budgets;
    private final ActualCostStore actuals;
    private final ExchangeRateBook rates;
    private final ProjectRegistry projects;
    private final ProjectRights rights;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String reportingCurrency;
    private final FinanceHealthIndicators health;
    private final ComputedHealth computedHealth;
    private final OrganisationRights organisationRights;

    EarnedValueHistory(EarnedValueHistoryStore store, EarnedValues earnedValues, BudgetLineStore budgets,
                       ActualCostStore actuals, ExchangeRateBook rates, ProjectRegistry projects,
                       ProjectRights rights, AuditTrail audit, CurrentUser currentUser, Clock clock,
                       @Value("${lodestar.finance.reporting-currency:EUR}") String reportingCurrency,
                       FinanceHealthIndicators health, ComputedHealth computedHealth,
                       OrganisationRights organisationRights) {
        this.health = health;
        this.computedHealth = computedHealth;
        this.organisationRights = organisationRights;
        this.store = store;
        this.earnedValues = earnedValues;
        this.budgets = budgets;
        this.actuals = actuals;
        this.rates = rates;
        this.projects = projects;
        this.rights = rights;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.reportingCurrency = reportingCurrency;
    }

    /**
     * One recorded period in the view's currency: amounts, the indices of its amounts (CPI = EV / AC, SPI = EV / PV),
     * earned schedule and actual time in months (from the project's first month then) and SPI(t) = ES / AT, with
     * the status report it was recorded for (null: recorded by hand).
     */
    public record PeriodView(long id, String period, LocalDate statusDate, BigDecimal bac, BigDecimal pv,
                             BigDecimal ev, BigDecimal ac, BigDecimal eac, Double cpi, Double spi, Double es,
                             Double at, Double spit, Long report, long version, Instant recordedAt,
                             String recordedBy) {
    }

    /** A project's recorded periods, oldest first, in {@code currency}. */
    public record HistoryView(long projectId, String code, String currency, String projectCurrency,
                              List<PeriodView> periods) {
    }

    /** A project of a roll-up's history: it recorded at least one period. */
    public record ProjectRef(long id, String code, String name) {
    }

    /**
     * One period of the roll-up: the sums of the projects that recorded it, the indices of the sums, and the
     * included projects that did not record it (by code; empty: the period is complete).
     */
    public record TrendPoint(String period, int projects, List<String> missing, boolean complete, BigDecimal pv,
                             BigDecimal ev, BigDecimal ac, Double cpi, Double spi) {
    }

    /** The roll-up's history: its currency, the projects included and the periods, oldest first. */
    public record RollupHistoryView(String currency, Long portfolioId, List<ProjectRef> projects,
                                    List<TrendPoint> periods) {
    }

    /**
     * The indices below which finance's computed health turns amber and red (CPI and SPI), from the thresholds in
     * force (the PMO's, else the defaults of {@link FinanceHealthIndicators}); a reader who may not read the
     * thresholds gets the defaults.
     */
    public record TrendThresholds(double cpiAmber, double cpiRed, double spiAmber, double spiRed) {
    }

    @Transactional(readOnly = true)
    public TrendThresholds thresholds() {
        Map<String, double[]> points = new HashMap<>();
        for (HealthIndicatorSource.IndicatorDefinition definition : health.definitions()) {
            points.put(definition.key(), new double[] {definition.amberAt(), definition.redAt()});
        }
        if (organisationRights.may(OrganisationAct.READ_PROJECT_DETAIL)) {
            for (ThresholdView view : computedHealth.thresholds()) {
                if (points.containsKey(view.indicator())) {
                    points.put(view.indicator(), new double[] {view.amberAt(), view.redAt()});
                }
            }
        }
        double[] cost = points.get(FinanceHealthIndicators.COST);
        double[] schedule = points.get(FinanceHealthIndicators.SCHEDULE);
        return new TrendThresholds(belowOne(cost[0]), belowOne(cost[1]), belowOne(schedule[0]),
                belowOne(schedule[1]));
    }

    /** The index that lies {@code points} hundredths below 1.00. */
    private static double belowOne(double points) {
        return Math.round((1 - points / 100) * 1000) / 1000.0;
    }

    @Transactional(readOnly = true)
    public HistoryView project(long project, String currency) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.READ_MONEY);
        var view = projects.get(id);
        Currency target = currency == null || currency.isBlank() ? Currency.getInstance(view.currency())
                : Amounts.requireCurrency("currency", currency);
        ExchangeRates book = rates.rates();
        List<PeriodView> periods = store.forProject(project).stream()
                .map(stored -> view(stored, target, book)).toList();
        return new HistoryView(project, view.code(), target.getCurrencyCode(), view.currency(), periods);
    }

    /**
     * Records the project's earned value at its status date (the plan's, else today) as that month's period,
     * replacing the period's earlier snapshot; the project's editors only. A project with neither a budget nor a
     * cost has nothing to record (422).
     */
    @Transactional
    public PeriodView record(long project) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.EDIT);
        if (!budgets.hasAny(project) && !actuals.hasAny(project)) {
            throw new UnprocessableException("finance.history.nothing", new Object[0],
                    Map.of("project", project), "the project has no budget and no cost: no earned value to record");
        }
        Currency currency = Currency.getInstance(projects.currencyOf(id).orElseThrow());
        Result result = earnedValues.position(project, LocalDate.now(clock)).result();
        Stored stored = save(project, result, currency, null);
        return view(stored, currency, rates.rates());
    }

    /**
     * For the demo, which has no progress kept by date: records the position at a past {@code statusDate} (PV and AC
     * at that date) with EV the share {@code earnedShare} of the EV earned from the progress as entered, earned
     * schedule read off at that EV; the project's editors only, like {@link #record}.
     */
    PeriodView recordAt(long project, LocalDate statusDate, double earnedShare) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.EDIT);
        Currency currency = Currency.getInstance(projects.currencyOf(id).orElseThrow());
        Result at = earnedValues.positionAt(project, statusDate).result();
        var position = at.position();
        Result earlier = EarnedValueCalculation.result(at.first(), at.pvByMonth(), at.acByMonth(), at.statusDate(),
                new org.lodestar.engine.evm.EarnedValue(position.bac(), position.pv(), position.ev() * earnedShare,
                        position.ac()), at.earned(), at.source());
        return view(save(project, earlier, currency, null), currency, rates.rates());
    }

    /** Whether the project has recorded any period; no rights asked (the demo's guard). */
    boolean hasAny(long project) {
        return !store.forProject(project).isEmpty();
    }

    /**
     * A published status report records its project's earned value at the report's period end (PV and AC at that
     * date, EV the progress as entered), in its own transaction after the publication committed; projects without
     * a budget or a cost, or deleted since, record nothing. Hearing it twice replaces the period with the same.
     */
    @ApplicationModuleListener
    void on(StatusReportPublished published) {
        long project = published.project();
        Optional<String> currency = projects.currencyOf(new ProjectId(project));
        if (currency.isEmpty() || published.periodEnd() == null) return;
        if (!budgets.hasAny(project) && !actuals.hasAny(project)) return;
        Result result = earnedValues.positionAt(project, published.periodEnd()).result();
        save(project, result, Currency.getInstance(currency.get()), published.report());
    }

    /** The roll-up by period of the projects (of one portfolio, or all) whose money the reader reads. */
    @Transactional(readOnly = true)
    public RollupHistoryView rollup(Long portfolio, String currency) {
        Currency target = currency == null || currency.isBlank() ? Currency.getInstance(reportingCurrency)
                : Amounts.requireCurrency("currency", currency);
        Map<Long, ProjectRow> readable = new LinkedHashMap<>();
        boolean everyProject = rights.mayOnEvery(ProjectRight.READ_MONEY);
        for (ProjectRow row : projects.everyRow(portfolio)) {
            if (everyProject || rights.may(new ProjectId(row.id()), ProjectRight.READ_MONEY)) {
                readable.put(row.id(), row);
            }
        }
        ExchangeRates book = rates.rates();
        List<EarnedValueTrend.Entry> entries = new ArrayList<>();
        List<ProjectRef> included = new ArrayList<>();
        Map<Long, String> codes = new HashMap<>();
        for (Stored stored : store.forProjects(readable.keySet())) {
            ProjectRow row = readable.get(stored.project());
            if (codes.putIfAbsent(row.id(), row.code()) == null) {
                included.add(new ProjectRef(row.id(), row.code(), row.name()));
            }
            Figures f = stored.figures();
            Currency from = Currency.getInstance(f.currency());
            YearMonth period = YearMonth.from(stored.period());
            entries.add(new EarnedValueTrend.Entry(stored.project(), period,
                    convert(f.pv(), from, target, period, book), convert(f.ev(), from, target, period, book),
                    convert(f.ac(), from, target, period, book)));
        }
        included.sort(java.util.Comparator.comparing(ProjectRef::code, String.CASE_INSENSITIVE_ORDER));
        List<TrendPoint> points = EarnedValueTrend.rollup(codes.keySet(), entries).stream()
                .map(point -> new TrendPoint(point.period().toString(), point.recorded().size(),
                        point.missing().stream().map(codes::get).sorted(String.CASE_INSENSITIVE_ORDER).toList(),
                        point.complete(), point.pv(), point.ev(), point.ac(), point.cpi(), point.spi()))
                .toList();
        return new RollupHistoryView(target.getCurrencyCode(), portfolio, List.copyOf(included), points);
    }

    private Stored save(long project, Result result, Currency currency, Long report) {
        Metrics metrics = EarnedValues.metrics(result.position(), result.earned(), currency);
        EarnedSchedule schedule = result.schedule();
        Figures figures = new Figures(result.statusDate(), currency.getCurrencyCode(), metrics.bac(), metrics.pv(),
                metrics.ev(), metrics.ac(), metrics.eac(),
                schedule == null ? null : months(schedule.es()),
                schedule == null ? null : months(schedule.actualTime()), report);
        LocalDate period = YearMonth.from(result.statusDate()).atDay(1);
        Instant now = clock.instant();
        String by = currentUser.auditName();
        String summary = YearMonth.from(period).toString();
        Optional<Stored> earlier = store.forPeriod(project, period);
        if (earlier.isPresent()) {
            Stored before = earlier.get();
            if (!store.replace(before.id(), before.version(), figures, now, by)) {
                throw new StaleVersionException("earned value of " + summary, before.version() + 1);
            }
            audit.updated(AUDIT_TYPE, before.id(), summary, snapshot(project, period, before.figures()),
                    snapshot(project, period, figures));
            return new Stored(before.id(), project, period, figures, before.version() + 1, now, by);
        }
        long id = store.insert(project, period, figures, now, by);
        audit.created(AUDIT_TYPE, id, summary, snapshot(project, period, figures));
        return new Stored(id, project, period, figures, 0, now, by);
    }

    private static Map<String, String> snapshot(long project, LocalDate period, Figures f) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("project", Long.toString(project));
        snapshot.put("period", YearMonth.from(period).toString());
        snapshot.put("statusDate", f.statusDate().toString());
        snapshot.put("bac", amount(f.bac(), f.currency()));
        snapshot.put("pv", amount(f.pv(), f.currency()));
        snapshot.put("ev", amount(f.ev(), f.currency()));
        snapshot.put("ac", amount(f.ac(), f.currency()));
        snapshot.put("eac", amount(f.eac(), f.currency()));
        snapshot.put("es", f.es() == null ? null : plain(f.es()).toPlainString());
        snapshot.put("report", f.report() == null ? null : f.report().toString());
        snapshot.values().removeIf(java.util.Objects::isNull);
        return snapshot;
    }

    private static String amount(BigDecimal amount, String currency) {
        return amount == null ? null : plain(amount).toPlainString() + " " + currency;
    }

    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal months(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN) : null;
    }

    private static BigDecimal convert(BigDecimal amount, Currency from, Currency to, YearMonth period,
                                      ExchangeRates book) {
        if (amount == null) return null;
        if (from.equals(to)) {
            return amount.setScale(Math.max(0, to.getDefaultFractionDigits()), RoundingMode.HALF_EVEN);
        }
        return book.convert(amount, from, to, period);
    }

    /** A stored period in {@code target}, converted at the period's rate in force (a missing rate is the 422). */
    private static PeriodView view(Stored stored, Currency target, ExchangeRates book) {
        Figures f = stored.figures();
        Currency from = Currency.getInstance(f.currency());
        YearMonth period = YearMonth.from(stored.period());
        BigDecimal bac = convert(f.bac(), from, target, period, book);
        BigDecimal pv = convert(f.pv(), from, target, period, book);
        BigDecimal ev = convert(f.ev(), from, target, period, book);
        BigDecimal ac = convert(f.ac(), from, target, period, book);
        BigDecimal eac = convert(f.eac(), from, target, period, book);
        Double es = f.es() == null ? null : f.es().doubleValue();
        Double at = f.actualTime() == null ? null : f.actualTime().doubleValue();
        Double spit = es == null || at == null || at <= 0 ? null : Math.round(es / at * 1000) / 1000.0;
        // the indices from the amounts as recorded: one rate converts a period, so they are the same in any currency
        return new PeriodView(stored.id(), period.toString(), f.statusDate(), bac, pv, ev, ac, eac,
                EarnedValueTrend.index(f.ev(), f.ac()), EarnedValueTrend.index(f.ev(), f.pv()),
                es == null ? null : Math.round(es * 100) / 100.0, at == null ? null : Math.round(at * 100) / 100.0,
                spit, f.report(), stored.version(), stored.recordedAt(), stored.recordedBy());
    }
}
