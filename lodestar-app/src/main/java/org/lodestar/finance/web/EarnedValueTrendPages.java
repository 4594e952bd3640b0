package org.lodestar.finance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lodestar.finance.EarnedValueHistory;
import org.lodestar.finance.EarnedValueHistory.HistoryView;
import org.lodestar.finance.EarnedValueHistory.PeriodView;
import org.lodestar.finance.EarnedValueHistory.RollupHistoryView;
import org.lodestar.finance.EarnedValueHistory.TrendPoint;
import org.lodestar.finance.EarnedValueHistory.TrendThresholds;
import org.lodestar.finance.MissingExchangeRateException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The CPI/SPI trend sections of the Finance tab and of the roll-up page ({@code finance/ev-trend} fragments), read
 * by the templates as {@code @earnedValueTrends}: the recorded periods through {@link EarnedValueHistory} (which
 * asks the rights), formatted in the reader's language, with the chart and the thresholds it marks. A missing rate
 * or a bad currency is shown in the section, as on the rest of those pages.
 */
@Component("earnedValueTrends")
public class EarnedValueTrendPages {

    private final EarnedValueHistory history;
    private final ProjectRights rights;
    private final MessageSource messages;

    EarnedValueTrendPages(EarnedValueHistory history, ProjectRights rights, MessageSource messages) {
        this.history = history;
        this.rights = rights;
        this.messages = messages;
    }

    /** A recorded period as the table shows it. */
    public record Row(String period, String statusDate, List<String> cells, String recordedBy) {
    }

    /** The project's section: its periods (empty: the empty state), the chart, whether the reader may record. */
    public record ProjectTrend(String currency, List<Row> rows, TrendChart chart, List<String> thresholds,
                               boolean mayRecord, List<String> problems) {
    }

    /** A roll-up period as the table shows it. */
    public record RollupRow(String period, int projects, String missing, boolean complete, List<String> cells) {
    }

    /** The roll-up's section. */
    public record RollupTrend(String currency, List<RollupRow> rows, TrendChart chart, List<String> thresholds,
                              List<String> problems) {
    }

    /** The metrics of the project's table, in order (labels {@code finance.short.<key>}). */
    public List<String> columns() {
        return List.of("bac", "pv", "ev", "ac", "cpi", "spi", "eac", "es", "spit");
    }

    /** The metrics of the roll-up's table. */
    public List<String> rollupColumns() {
        return List.of("pv", "ev", "ac", "cpi", "spi");
    }

    public ProjectTrend project(long project, String currency) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean mayRecord = rights.may(new ProjectId(project), ProjectRight.EDIT);
        HistoryView view;
        try {
            view = history.project(project, currency);
        } catch (MissingExchangeRateException | InvalidInputException refused) {
            return new ProjectTrend(null, List.of(), null, List.of(), mayRecord, problems(refused, locale));
        }
        List<Row> rows = new ArrayList<>();
        List<TrendChart.Period> periods = new ArrayList<>();
        for (PeriodView period : view.periods()) {
            rows.add(new Row(period.period(), period.statusDate().toString(), List.of(
                    FinancePagesController.money(period.bac(), locale), FinancePagesController.money(period.pv(), locale),
                    FinancePagesController.money(period.ev(), locale), FinancePagesController.money(period.ac(), locale),
                    index(period.cpi(), locale), index(period.spi(), locale),
                    FinancePagesController.money(period.eac(), locale), months(period.es(), locale),
                    index(period.spit(), locale)),
                    period.report() != null ? messages.getMessage("finance.trend.byReport", null, locale)
                            : period.recordedBy()));
            periods.add(new TrendChart.Period(period.period(), period.cpi(), period.spi(), period.spit(), true));
        }
        if (rows.isEmpty()) return new ProjectTrend(view.currency(), List.of(), null, List.of(), mayRecord, List.of());
        TrendThresholds thresholds = history.thresholds();
        return new ProjectTrend(view.currency(), List.copyOf(rows), TrendChart.of(periods, marks(thresholds)),
                thresholdTexts(thresholds, locale), mayRecord, List.of());
    }

    public RollupTrend rollup(Long portfolio, String currency) {
        Locale locale = LocaleContextHolder.getLocale();
        RollupHistoryView view;
        try {
            view = history.rollup(portfolio, currency);
        } catch (MissingExchangeRateException | InvalidInputException refused) {
            return new RollupTrend(null, List.of(), null, List.of(), problems(refused, locale));
        }
        List<RollupRow> rows = new ArrayList<>();
        List<TrendChart.Period> periods = new ArrayList<>();
        for (TrendPoint point : view.periods()) {
            rows.add(new RollupRow(point.period(), point.projects(), String.join(", ", point.missing()),
                    point.complete(), List.of(FinancePagesController.money(point.pv(), locale),
                    FinancePagesController.money(point.ev(), locale), FinancePagesController.money(point.ac(), locale),
                    index(point.cpi(), locale), index(point.spi(), locale))));
            periods.add(new TrendChart.Period(point.period(), point.cpi(), point.spi(), null, point.complete()));
        }
        if (rows.isEmpty()) return new RollupTrend(view.currency(), List.of(), null, List.of(), List.of());
        TrendThresholds thresholds = history.thresholds();
        return new RollupTrend(view.currency(), List.copyOf(rows), TrendChart.of(periods, marks(thresholds)),
                thresholdTexts(thresholds, locale), List.of());
    }

    private static List<TrendChart.Threshold> marks(TrendThresholds t) {
        return List.of(new TrendChart.Threshold("cpi", "amber", t.cpiAmber()),
                new TrendChart.Threshold("cpi", "red", t.cpiRed()),
                new TrendChart.Threshold("spi", "amber", t.spiAmber()),
                new TrendChart.Threshold("spi", "red", t.spiRed()));
    }

    private List<String> thresholdTexts(TrendThresholds t, Locale locale) {
        return List.of(
                messages.getMessage("finance.trend.threshold", new Object[] {
                        messages.getMessage("finance.trend.cpi", null, locale), index(t.cpiAmber(), locale),
                        index(t.cpiRed(), locale)}, locale),
                messages.getMessage("finance.trend.threshold", new Object[] {
                        messages.getMessage("finance.trend.spi", null, locale), index(t.spiAmber(), locale),
                        index(t.spiRed(), locale)}, locale));
    }

    private List<String> problems(RuntimeException refused, Locale locale) {
        return FinancePagesController.problems(messages, refused, locale);
    }

    private static String index(Double value, Locale locale) {
        return FinancePagesController.index(value, locale);
    }

    private static String months(Double value, Locale locale) {
        return FinancePagesController.months(value, locale);
    }
}
