package org.lodestar.finance.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lodestar.finance.EarnedValues.EarnedValueView;
import org.lodestar.finance.EarnedValues.GroupLine;
import org.lodestar.finance.EarnedValues.Metrics;
import org.lodestar.finance.EarnedValues.MonthPoint;
import org.lodestar.finance.EarnedValues.RollupLine;
import org.lodestar.finance.EarnedValues.RollupView;
import org.lodestar.finance.EarnedValues.ScheduleMetrics;
import org.springframework.context.MessageSource;

/**
 * Earned value as an Excel workbook (POI), the same figures as the pages: the roll-up (one row per project as
 * sorted on the page, the total, then the portfolios and programmes) and a project's metrics, earned schedule and
 * months. Every figure is a numeric cell with a number format (amounts with the currency's decimals, indices with
 * two, months with one), an empty cell where the page shows a dash; the currency and status date are in the header.
 * No formulas: the figures are the service's, so that the file and the page cannot disagree.
 */
final class EarnedValueWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The roll-up's figure columns, in the page's order. */
    static final List<String> COLUMNS = FinancePagesController.COLUMNS;

    private final MessageSource messages;
    private final Locale locale;

    EarnedValueWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The roll-up: a header (title, currency, status date, portfolio, sort), the projects, the total, the groups. */
    byte[] rollup(RollupView view, String portfolioName) {
        return write(workbook -> {
            Styles styles = new Styles(workbook, Currency.getInstance(view.currency()));
            Sheet sheet = workbook.createSheet(text("finance.export.sheet.earnedValue"));
            int r = 0;
            text(sheet.createRow(r++), 0, text("finance.rollup.title"), styles.bold);
            label(sheet, r++, "finance.export.currency", styles).createCell(1).setCellValue(view.currency());
            date(label(sheet, r++, "finance.export.statusDate", styles), 1, view.statusDate(), styles);
            label(sheet, r++, "finance.rollup.portfolio", styles).createCell(1).setCellValue(
                    portfolioName != null ? portfolioName : text("finance.rollup.allPortfolios"));
            label(sheet, r++, "finance.export.sort", styles).createCell(1).setCellValue(
                    (view.sort().equals("code") || view.sort().equals("name") ? view.sort()
                            : text("finance.short." + view.sort()))
                            + (view.descending() ? " ↓" : " ↑"));
            r++;
            Row header = sheet.createRow(r++);
            text(header, 0, text("finance.export.code"), styles.bold);
            text(header, 1, text("finance.export.name"), styles.bold);
            text(header, 2, text("finance.rollup.projectCurrency"), styles.bold);
            text(header, 3, text("finance.export.statusDate"), styles.bold);
            for (int c = 0; c < COLUMNS.size(); c++) {
                text(header, 4 + c, text("finance.short." + COLUMNS.get(c)), styles.bold);
            }
            int headerRow = r - 1;
            for (RollupLine line : view.projects()) {
                Row row = sheet.createRow(r++);
                text(row, 0, line.code(), null);
                text(row, 1, line.name(), null);
                text(row, 2, line.projectCurrency(), null);
                date(row, 3, line.statusDate(), styles);
                figures(row, 4, line.metrics(), line.earnedSchedule(), styles);
            }
            if (!view.projects().isEmpty()) {
                Row total = sheet.createRow(r++);
                text(total, 0, text("finance.rollup.total"), styles.bold);
                text(total, 2, view.currency(), null);
                date(total, 3, view.statusDate(), styles);
                figures(total, 4, view.total(), view.totalSchedule(), styles);
                r++;
                Row groups = sheet.createRow(r++);
                text(groups, 0, text("finance.rollup.groups.title"), styles.bold);
                text(groups, 2, text("finance.rollup.groups.projects"), styles.bold);
                text(groups, 3, text("finance.export.statusDate"), styles.bold);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    text(groups, 4 + c, text("finance.short." + COLUMNS.get(c)), styles.bold);
                }
                for (GroupLine group : view.portfolios()) {
                    r = group(sheet, r, text("finance.rollup.groups.portfolio", group.name()), group, styles);
                }
                for (GroupLine group : view.programmes()) {
                    r = group(sheet, r, group.id() != null ? text("finance.rollup.groups.programme", group.name())
                            : text("finance.rollup.groups.noProgramme"), group, styles);
                }
            }
            sheet.createFreezePane(2, headerRow + 1);
            sheet.setColumnWidth(0, 24 * 256);
            sheet.setColumnWidth(1, 36 * 256);
            for (int c = 3; c < 4 + COLUMNS.size(); c++) sheet.setColumnWidth(c, 14 * 256);
        });
    }

    private int group(Sheet sheet, int r, String name, GroupLine group, Styles styles) {
        Row row = sheet.createRow(r);
        text(row, 0, name, null);
        Cell count = row.createCell(2);
        count.setCellValue(group.projects());
        count.setCellStyle(styles.whole);
        date(row, 3, group.statusDate(), styles);
        figures(row, 4, group.metrics(), group.earnedSchedule(), styles);
        return r + 1;
    }

    /** The figures of one roll-up line in the page's column order. */
    private static void figures(Row row, int from, Metrics m, ScheduleMetrics s, Styles styles) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            String column = COLUMNS.get(c);
            switch (column) {
                case "bac" -> money(row, from + c, m.bac(), styles);
                case "pv" -> money(row, from + c, m.pv(), styles);
                case "ev" -> money(row, from + c, m.ev(), styles);
                case "ac" -> money(row, from + c, m.ac(), styles);
                case "cv" -> money(row, from + c, m.cv(), styles);
                case "sv" -> money(row, from + c, m.sv(), styles);
                case "cpi" -> number(row, from + c, m.cpi(), styles.index);
                case "spi" -> number(row, from + c, m.spi(), styles.index);
                case "eac" -> money(row, from + c, m.eac(), styles);
                case "vac" -> money(row, from + c, m.vac(), styles);
                case "tcpi" -> number(row, from + c, m.tcpi(), styles.index);
                case "es" -> number(row, from + c, s.es(), styles.months);
                case "svt" -> number(row, from + c, s.svt(), styles.months);
                case "spit" -> number(row, from + c, s.spit(), styles.index);
                case "ieact" -> number(row, from + c, s.ieact(), styles.months);
                default -> throw new IllegalStateException("no figure for the column " + column);
            }
        }
    }

    /**
     * A project's earned value: a sheet with the basis, the metrics, earned schedule and the latest forecast, and a
     * sheet of the months the S-curve draws (PV and AC of each month, cumulative PV and AC, EV at the status month,
     * the EAC's path).
     */
    byte[] project(EarnedValueView view) {
        return write(workbook -> {
            Styles styles = new Styles(workbook, Currency.getInstance(view.currency()));
            Sheet sheet = workbook.createSheet(text("finance.export.sheet.earnedValue"));
            int r = 0;
            text(sheet.createRow(r++), 0, text("finance.page.title", view.code()), styles.bold);
            label(sheet, r++, "finance.export.name", styles).createCell(1).setCellValue(view.name());
            label(sheet, r++, "finance.export.currency", styles).createCell(1).setCellValue(view.currency());
            label(sheet, r++, "finance.rollup.projectCurrency", styles).createCell(1)
                    .setCellValue(view.projectCurrency());
            date(label(sheet, r++, "finance.export.statusDate", styles), 1, view.statusDate(), styles);
            label(sheet, r++, "finance.export.pvFrom", styles).createCell(1).setCellValue(
                    "BASELINE".equals(view.plannedValueFrom()) ? text("finance.pvFrom.BASELINE", view.baseline())
                            : text("finance.pvFrom.BUDGET"));
            r++;
            text(sheet.createRow(r++), 0, text("finance.evm.title"), styles.bold);
            Metrics m = view.metrics();
            r = moneyRow(sheet, r, "bac", m.bac(), styles);
            r = moneyRow(sheet, r, "pv", m.pv(), styles);
            r = moneyRow(sheet, r, "ev", m.ev(), styles);
            r = moneyRow(sheet, r, "ac", m.ac(), styles);
            r = moneyRow(sheet, r, "sv", m.sv(), styles);
            r = moneyRow(sheet, r, "cv", m.cv(), styles);
            r = numberRow(sheet, r, "spi", m.spi(), styles.index, styles);
            r = numberRow(sheet, r, "cpi", m.cpi(), styles.index, styles);
            r = moneyRow(sheet, r, "eac", m.eac(), styles);
            r = moneyRow(sheet, r, "eacAtBudgetRate", m.eacAtBudgetRate(), styles);
            r = moneyRow(sheet, r, "eacByCpiAndSpi", m.eacByCpiAndSpi(), styles);
            r = moneyRow(sheet, r, "etc", m.etc(), styles);
            r = moneyRow(sheet, r, "vac", m.vac(), styles);
            r = numberRow(sheet, r, "tcpi", m.tcpi(), styles.index, styles);
            r++;
            text(sheet.createRow(r++), 0, text("finance.es.title") + " (" + text("finance.es.months") + ")",
                    styles.bold);
            ScheduleMetrics s = view.earnedSchedule();
            r = numberRow(sheet, r, "es", s.es(), styles.months, styles);
            r = numberRow(sheet, r, "at", s.at(), styles.months, styles);
            r = numberRow(sheet, r, "pd", s.plannedDuration(), styles.months, styles);
            r = numberRow(sheet, r, "svt", s.svt(), styles.months, styles);
            r = numberRow(sheet, r, "spit", s.spit(), styles.index, styles);
            r = numberRow(sheet, r, "ieact", s.ieact(), styles.months, styles);
            r++;
            text(sheet.createRow(r++), 0, text("finance.forecast.title"), styles.bold);
            if (view.forecast() == null) {
                text(sheet.createRow(r++), 0, text("finance.forecast.none"), null);
            } else {
                Row version = label(sheet, r++, "finance.export.forecastVersion", styles);
                number(version, 1, (double) view.forecast().number(), styles.whole);
                label(sheet, r++, "finance.export.forecastPeriod", styles).createCell(1)
                        .setCellValue(view.forecast().period());
                money(label(sheet, r++, "finance.export.forecastEtc", styles), 1, view.forecast().etc(), styles);
                money(label(sheet, r++, "finance.export.forecastEac", styles), 1, view.forecast().eac(), styles);
            }
            sheet.setColumnWidth(0, 56 * 256);
            sheet.setColumnWidth(1, 20 * 256);
            months(workbook.createSheet(text("finance.export.sheet.months")), view, styles);
        });
    }

    private void months(Sheet sheet, EarnedValueView view, Styles styles) {
        Row header = sheet.createRow(0);
        String[] titles = {"finance.export.month", "finance.export.pvMonth", "finance.export.acMonth",
                "finance.export.pvCumulative", "finance.export.evCumulative", "finance.export.acCumulative",
                "finance.export.eacPath"};
        for (int c = 0; c < titles.length; c++) text(header, c, text(titles[c], view.currency()), styles.bold);
        YearMonth status = view.statusDate() == null ? null : YearMonth.from(view.statusDate());
        BigDecimal previousPv = BigDecimal.ZERO;
        BigDecimal previousAc = BigDecimal.ZERO;
        int r = 1;
        for (MonthPoint point : view.months()) {
            Row row = sheet.createRow(r++);
            YearMonth month = YearMonth.parse(point.month());
            Cell first = row.createCell(0);
            first.setCellValue(month.atDay(1));
            first.setCellStyle(styles.month);
            money(row, 1, point.pv() == null ? null : point.pv().subtract(previousPv), styles);
            money(row, 2, point.ac() == null ? null : point.ac().subtract(previousAc), styles);
            money(row, 3, point.pv(), styles);
            money(row, 4, month.equals(status) ? view.metrics().ev() : null, styles);
            money(row, 5, point.ac(), styles);
            money(row, 6, point.eac(), styles);
            if (point.pv() != null) previousPv = point.pv();
            if (point.ac() != null) previousAc = point.ac();
        }
        sheet.createFreezePane(1, 1);
        for (int c = 0; c < titles.length; c++) sheet.setColumnWidth(c, 18 * 256);
    }

    private int moneyRow(Sheet sheet, int r, String metric, BigDecimal amount, Styles styles) {
        money(label(sheet, r, "finance.metric." + metric, styles), 1, amount, styles);
        return r + 1;
    }

    private int numberRow(Sheet sheet, int r, String metric, Double value, CellStyle style, Styles styles) {
        number(label(sheet, r, "finance.metric." + metric, styles), 1, value, style);
        return r + 1;
    }

    private Row label(Sheet sheet, int r, String key, Styles styles) {
        Row row = sheet.createRow(r);
        text(row, 0, text(key), styles.bold);
        return row;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) cell.setCellStyle(style);
    }

    /** An amount as a number with the currency's decimals; no cell where there is no amount. */
    private static void money(Row row, int column, BigDecimal amount, Styles styles) {
        if (amount == null) return;
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(styles.money);
    }

    private static void number(Row row, int column, Double value, CellStyle style) {
        if (value == null) return;
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void date(Row row, int column, LocalDate date, Styles styles) {
        if (date == null) return;
        Cell cell = row.createCell(column);
        cell.setCellValue(date);
        cell.setCellStyle(styles.date);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private interface Content {
        void fill(Workbook workbook);
    }

    /** The workbook's bytes, written to memory so that a failure is an error, never half a file. */
    private static byte[] write(Content content) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            content.fill(workbook);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The few cell styles, made once per workbook (a workbook holds a limited number). */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle money;
        final CellStyle whole;
        final CellStyle index;
        final CellStyle months;
        final CellStyle date;
        final CellStyle month;

        Styles(Workbook workbook, Currency currency) {
            bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int digits = Math.max(0, currency.getDefaultFractionDigits());
            money = format(workbook, digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits));
            whole = format(workbook, "#,##0");
            index = format(workbook, "0.00");
            months = format(workbook, "0.0");
            date = workbook.createCellStyle();
            date.setDataFormat((short) BuiltinFormats.getBuiltinFormat("m/d/yy"));
            month = format(workbook, "yyyy-mm");
        }

        private static CellStyle format(Workbook workbook, String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
        }
    }
}
