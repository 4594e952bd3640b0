package org.lodestar.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestar.finance.internal.ForecastStore;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project manager's forecasts: the estimate to complete (ETC) by month, in the project's currency, entered for
 * a reporting period (a month). Each period gets one version, numbered in order; a later period's forecast is a new
 * version and earlier ones are kept as they were (a second forecast for the same period is a 409 naming
 * {@code period}). Read by whoever reads the project's money, entered by its editors, each version audited.
 */
@Service
public class Forecasts {

    static final String AUDIT_TYPE = "forecast";
    /** At most this many months in one forecast (ten years). */
    static final int MAX_LINES = 120;

    private final ForecastStore store;
    private final ProjectRights rights;
    private final ProjectRegistry projects;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Forecasts(ForecastStore store, ProjectRights rights, ProjectRegistry projects, AuditTrail audit,
              CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.rights = rights;
        this.projects = projects;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One month of a forecast: the month as YYYY-MM and the cost expected in it. */
    public record ForecastLine(String month, BigDecimal amount) {
    }

    /** A new forecast for the reporting period (YYYY-MM): ETC by month, from the period's month on. */
    public record ForecastCommand(String period, List<ForecastLine> lines, String note) {
    }

    /** A version: its number, period, who entered it and when, its months and their total (the ETC). */
    public record ForecastView(long id, int number, String period, String note, Instant createdAt, String createdBy,
                               List<ForecastLine> lines, BigDecimal etc) {
    }

    public record ForecastsView(long projectId, String currency, List<ForecastView> versions) {
    }

    @Transactional(readOnly = true)
    public ForecastsView list(long project) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.READ_MONEY);
        String currency = projects.get(id).currency();
        return new ForecastsView(project, currency, store.forProject(project).stream().map(Forecasts::view).toList());
    }

    /** The latest version of a project's forecast, if any; no rights asked (the caller's business). */
    Optional<ForecastView> latest(long project) {
        return store.forProject(project).stream().findFirst().map(Forecasts::view);
    }

    @Transactional
    public ForecastView enter(long project, ForecastCommand command) {
        ProjectId id = new ProjectId(project);
        rights.require(id, ProjectRight.EDIT);
        Currency currency = Currency.getInstance(projects.get(id).currency());
        var problems = new InvalidInputException.Collector();
        YearMonth period = month(command.period());
        if (period == null) problems.add("period", "finance.budget.month");
        List<ForecastStore.Line> lines = new ArrayList<>();
        if (command.lines() == null || command.lines().isEmpty()) {
            problems.add("lines", "finance.forecast.lines", MAX_LINES);
        } else if (command.lines().size() > MAX_LINES) {
            problems.add("lines", "finance.forecast.lines", MAX_LINES);
        } else {
            Set<YearMonth> seen = new HashSet<>();
            for (int i = 0; i < command.lines().size(); i++) {
                ForecastLine line = command.lines().get(i);
                String field = "lines[" + i + "]";
                YearMonth month = line == null ? null : month(line.month());
                if (month == null) {
                    problems.add(field + ".month", "finance.budget.month");
                } else if (period != null && month.isBefore(period)) {
                    problems.add(field + ".month", "finance.forecast.beforePeriod", period.toString());
                } else if (!seen.add(month)) {
                    problems.add(field + ".month", "finance.forecast.monthTwice", month.toString());
                }
                Amounts.check(problems, field + ".amount", line == null ? null : line.amount(), currency, false);
                if (month != null && line.amount() != null) lines.add(new ForecastStore.Line(month.atDay(1),
                        line.amount()));
            }
        }
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (note != null && note.length() > 200) problems.add("note", "finance.budget.note");
        problems.throwIfAny();
        if (store.hasPeriod(project, period.atDay(1))) {
            throw new ConflictException("finance.forecast.periodTaken", new Object[] {period.toString()},
                    Map.of("period", period.toString()),
                    "the forecast for " + period + " is already entered: forecast the next period");
        }
        lines.sort(java.util.Comparator.comparing(ForecastStore.Line::month));
        int number = store.nextNumber(project);
        Instant now = clock.instant();
        String by = currentUser.auditName();
        long version = store.insert(project, number, period.atDay(1), note, now, by, lines);
        BigDecimal etc = lines.stream().map(ForecastStore.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("project", Long.toString(project));
        snapshot.put("number", Integer.toString(number));
        snapshot.put("period", period.toString());
        snapshot.put("months", Integer.toString(lines.size()));
        snapshot.put("etc", etc.toPlainString() + " " + currency.getCurrencyCode());
        if (note != null) snapshot.put("note", note);
        audit.created(AUDIT_TYPE, version, period + " #" + number, snapshot);
        return view(new ForecastStore.Stored(version, number, period.atDay(1), note, now, by, List.copyOf(lines)));
    }

    private static YearMonth month(String text) {
        if (text == null) return null;
        try {
            YearMonth month = YearMonth.parse(text.strip());
            return month.getYear() < 1900 || month.getYear() > 2199 ? null : month;
        } catch (DateTimeParseException bad) {
            return null;
        }
    }

    private static ForecastView view(ForecastStore.Stored stored) {
        List<ForecastLine> lines = stored.lines().stream()
                .map(line -> new ForecastLine(YearMonth.from(line.month()).toString(), plain(line.amount()))).toList();
        BigDecimal etc = lines.stream().map(ForecastLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ForecastView(stored.id(), stored.number(), YearMonth.from(stored.period()).toString(),
                stored.note(), stored.createdAt(), stored.createdBy(), lines, etc);
    }

    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
