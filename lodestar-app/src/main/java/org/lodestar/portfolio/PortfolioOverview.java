package org.lodestar.portfolio;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.lodestar.engine.health.HealthRollup;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio overview of the PMO's home page, computed in one pass over the registry. Health is the reported
 * health (the registry's copy, which status keeps current as reports are published).
 */
@Service
public class PortfolioOverview {

    private final JdbcClient jdbc;
    private final PortfolioRegistry portfolios;
    private final CurrentUser currentUser;
    private final List<CurrencyRates> currencyRates;
    private final Clock clock;
    private final HealthRollup rollup = HealthRollup.standard();

    PortfolioOverview(JdbcClient jdbc, PortfolioRegistry portfolios, CurrentUser currentUser,
                      List<CurrencyRates> currencyRates, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.portfolios = portfolios;
        this.currentUser = currentUser;
        this.currencyRates = currencyRates;
    }

    record Line(long portfolio, ProjectState state, Rag health, BigDecimal budget, String currency) {
    }

    @Transactional(readOnly = true)
    public List<PortfolioSummary> summaries() {
        boolean withBudgets = !currentUser.actor().seesSummariesOnly();
        List<Line> lines = jdbc.sql("select portfolio, state, reported_health, budget, currency from project")
                .query((rs, row) -> new Line(rs.getLong(1), ProjectState.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : Rag.valueOf(rs.getString(3)), rs.getBigDecimal(4),
                        rs.getString(5)))
                .list();
        Map<Long, List<Line>> byPortfolio = lines.stream().collect(Collectors.groupingBy(Line::portfolio));
        List<PortfolioSummary> summaries = new ArrayList<>();
        for (PortfolioView portfolio : portfolios.portfolios()) {
            summaries.add(summary(portfolio, byPortfolio.getOrDefault(portfolio.id(), List.of()), withBudgets));
        }
        return summaries;
    }

    /**
     * Budgets as weights: as they are when the open projects share one currency, else each converted into the
     * currency most of them use at this month's rates. Without a rate for every currency the budgets cannot be
     * compared, so every project weighs the same (a project without a budget weighs nothing only when the others
     * can be compared).
     */
    static double[] weights(List<Line> open, List<CurrencyRates> currencyRates, YearMonth month) {
        List<Line> budgeted = open.stream().filter(line -> line.budget() != null).toList();
        double[] equal = open.stream().mapToDouble(line -> 1).toArray();
        if (budgeted.stream().map(Line::currency).distinct().count() <= 1) {
            return open.stream().mapToDouble(line -> line.budget() == null ? 0 : line.budget().doubleValue()).toArray();
        }
        if (currencyRates.isEmpty()) return equal;
        String target = mostUsed(budgeted);
        CurrencyRates.Converter converter = currencyRates.get(0).now();
        double[] weights = new double[open.size()];
        for (int i = 0; i < weights.length; i++) {
            Line line = open.get(i);
            if (line.budget() == null) continue;
            BigDecimal converted = converter.convert(line.budget(), line.currency(), target, month);
            if (converted == null) return equal;
            weights[i] = converted.doubleValue();
        }
        return weights;
    }

    /** The currency of most budgets, the first in alphabetical order on a tie. */
    private static String mostUsed(List<Line> budgeted) {
        Map<String, Long> counts = budgeted.stream()
                .collect(Collectors.groupingBy(Line::currency, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private PortfolioSummary summary(PortfolioView portfolio, List<Line> lines, boolean withBudgets) {
        Map<ProjectState, Integer> byState = new EnumMap<>(ProjectState.class);
        Map<Rag, Integer> byHealth = new EnumMap<>(Rag.class);
        Map<String, BigDecimal> budgets = new TreeMap<>();
        int unrated = 0;
        List<Line> open = new ArrayList<>();
        for (Line line : lines) {
            byState.merge(line.state(), 1, Integer::sum);
            if (line.budget() != null && withBudgets) budgets.merge(line.currency(), line.budget(), BigDecimal::add);
            if (line.state() == ProjectState.ACTIVE || line.state() == ProjectState.ON_HOLD) {
                open.add(line);
                if (line.health() == null) unrated++;
                else byHealth.merge(line.health(), 1, Integer::sum);
            }
        }
        Rag[] ratings = open.stream().map(Line::health).toArray(Rag[]::new);
        Rag weighted = withBudgets ? rollup.weighted(ratings, weights(open, currencyRates, YearMonth.now(clock))) : null;
        return new PortfolioSummary(portfolio, lines.size(), byState, byHealth, unrated, budgets,
                HealthRollup.worstOf(ratings), weighted);
    }
}
