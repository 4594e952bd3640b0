package org.lodestar.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lodestar.engine.health.Rag;
import org.lodestar.reporting.SteeringPack;
import org.lodestar.status.DashboardView;
import org.lodestar.status.Dimension;
import org.lodestar.status.MilestoneLine;
import org.lodestar.status.RegisterLine;
import org.lodestar.status.ReportView;
import org.springframework.context.MessageSource;

/**
 * The pack as an Excel workbook (POI): a summary sheet, the heatmap, one row per project with its latest report,
 * and the milestones; the same data as the PDF, for people who work on it further.
 */
public class ExcelPack {

    private final MessageSource messages;

    public ExcelPack(MessageSource messages) {
        this.messages = messages;
    }

    public void write(SteeringPack pack, OutputStream out) throws IOException {
        PackLabels labels = new PackLabels(messages, pack.locale());
        try (Workbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            summary(workbook.createSheet(labels.text("pack.sheet.summary")), pack, labels, styles);
            heatmap(workbook.createSheet(labels.text("pack.sheet.heatmap")), pack, labels, styles);
            projects(workbook.createSheet(labels.text("pack.sheet.projects")), pack, labels, styles);
            milestones(workbook.createSheet(labels.text("pack.sheet.milestones")), pack, labels, styles);
            register(workbook.createSheet(labels.text("pack.sheet.register")), pack, labels, styles);
            workbook.write(out);
        }
    }

    private void summary(Sheet sheet, SteeringPack pack, PackLabels labels, Styles styles) {
        DashboardView view = pack.dashboard();
        int r = 0;
        row(styles, sheet, r++, styles.bold, labels.text("pack.title"), pack.scope());
        row(styles, sheet, r++, null, labels.text("status.period"), pack.date());
        row(styles, sheet, r++, null, labels.text("status.kpi.projects"), view.projects());
        Row rollup = row(styles, sheet, r++, null, labels.text("status.kpi.rollup") + " (" + labels.text(view.rollup().rule().messageKey()) + ")",
                labels.rag(view.rollup().value()));
        rollup.getCell(1).setCellStyle(styles.rag(view.rollup().value()));
        row(styles, sheet, r++, null, labels.text("status.kpi.discrepancies"), view.discrepancies());
        if (view.healthAsOf() != null) {
            row(styles, sheet, r++, null, labels.text("status.health.asOf", labels.dateTime(view.healthAsOf())), "");
        }
        row(styles, sheet, r++, null, labels.text("status.kpi.missing"), view.missing().size());
        row(styles, sheet, r++, null, labels.text("status.kpi.late"), view.late().size());
        r++;
        row(styles, sheet, r++, styles.bold, labels.text("project.currency"), labels.text("status.money.budget"),
                labels.text("status.money.actual"), labels.text("status.money.forecast"));
        for (DashboardView.Totals totals : view.totals()) {
            row(styles, sheet, r++, null, totals.currency(), totals.budget(), totals.actual(), totals.forecast());
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 30 * 256);
    }

    private void heatmap(Sheet sheet, SteeringPack pack, PackLabels labels, Styles styles) {
        Row header = sheet.createRow(0);
        String[] titles = new String[10];
        titles[0] = labels.text("project.code");
        titles[1] = labels.text("project.name");
        titles[2] = labels.text("status.overall");
        for (Dimension dimension : Dimension.values()) titles[3 + dimension.ordinal()] = labels.text(dimension.messageKey());
        titles[9] = labels.text("status.computed");
        for (int c = 0; c < titles.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(styles.bold);
        }
        int r = 1;
        for (DashboardView.HeatmapRow data : pack.dashboard().heatmap()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(data.code());
            row.createCell(1).setCellValue(data.name());
            ragCell(row, 2, data.overall(), labels, styles);
            for (Dimension dimension : Dimension.values()) {
                ragCell(row, 3 + dimension.ordinal(), data.rating(dimension), labels, styles);
            }
            ragCell(row, 9, data.computed(), labels, styles);
        }
        sheet.createFreezePane(2, 1);
        sheet.setColumnWidth(1, 36 * 256);
    }

    private void projects(Sheet sheet, SteeringPack pack, PackLabels labels, Styles styles) {
        row(styles, sheet, 0, styles.bold, labels.text("project.code"), labels.text("project.name"), labels.text("status.period"),
                labels.text("status.overall"), labels.text("status.computed"), labels.text("status.accomplishments"),
                labels.text("status.nextSteps"), labels.text("status.decisions"), labels.text("status.keyRisks"),
                labels.text("status.forecastFinish"), labels.text("status.forecastCost"));
        int r = 1;
        for (SteeringPack.ProjectPage page : pack.pages()) {
            ReportView report = page.report();
            if (report == null) {
                row(styles, sheet, r++, null, page.row().code(), page.row().name(), labels.text("pack.noReport"));
                continue;
            }
            Row row = row(styles, sheet, r++, null, page.row().code(), page.row().name(), report.periodEnd(),
                    labels.rag(report.overall().rag()), labels.rag(report.computed()),
                    PackLabels.orEmpty(report.accomplishments()), PackLabels.orEmpty(report.nextSteps()),
                    PackLabels.orEmpty(report.decisions()), PackLabels.orEmpty(report.keyRisks()),
                    report.forecastFinish(), report.forecastCost());
            row.getCell(3).setCellStyle(styles.rag(report.overall().rag()));
            row.getCell(4).setCellStyle(styles.rag(report.computed()));
        }
    }

    private void milestones(Sheet sheet, SteeringPack pack, PackLabels labels, Styles styles) {
        row(styles, sheet, 0, styles.bold, labels.text("project.code"), labels.text("status.milestone.name"),
                labels.text("status.milestone.due"), labels.text("status.milestone.forecast"),
                labels.text("status.milestone.done"));
        int r = 1;
        for (SteeringPack.ProjectPage page : pack.pages()) {
            if (page.report() == null) continue;
            for (MilestoneLine line : page.report().milestones()) {
                row(styles, sheet, r++, null, page.row().code(), line.name(), line.due(), line.forecast(),
                        line.done() ? labels.text("value.yes") : labels.text("value.no"));
            }
        }
    }

    /** The key risks and issues of each project's report, as the register held them at publication. */
    private void register(Sheet sheet, SteeringPack pack, PackLabels labels, Styles styles) {
        row(styles, sheet, 0, styles.bold, labels.text("project.code"), labels.text("raid.report.kind"),
                labels.text("raid.risk.title"), labels.text("raid.report.rating"), labels.text("raid.report.owner"));
        int r = 1;
        for (SteeringPack.ProjectPage page : pack.pages()) {
            if (page.report() == null) continue;
            for (RegisterLine line : page.report().register()) {
                row(styles, sheet, r++, null, page.row().code(), labels.text("raid.report.kind." + line.kind()), line.title(),
                        line.kind().equals("ISSUE") ? labels.text("raid.priority." + line.rating()) : score(line.rating()),
                        PackLabels.orEmpty(line.owner()));
            }
        }
    }

    private static void ragCell(Row row, int column, Rag rag, PackLabels labels, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(labels.rag(rag));
        cell.setCellStyle(styles.rag(rag));
    }

    /** A risk's score as a number, so that it sorts and sums; text when it is not one. */
    private static Object score(String rating) {
        try {
            return new BigDecimal(rating);
        } catch (NumberFormatException | NullPointerException notANumber) {
            return rating;
        }
    }

    /**
     * A row of cells typed by their values: amounts as numbers with thousands and two decimals, dates as dates (in
     * Excel's built-in short date format, which each reader's Excel shows in their own locale), the rest as text.
     */
    private static Row row(Styles styles, Sheet sheet, int index, CellStyle style, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            if (values[c] instanceof BigDecimal amount) {
                cell.setCellValue(amount.doubleValue());
                cell.setCellStyle(amount.scale() > 0 ? styles.amount : styles.whole);
            } else if (values[c] instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.whole);
            } else if (values[c] instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
            } else {
                cell.setCellValue(values[c] == null ? "" : values[c].toString());
                if (style != null) cell.setCellStyle(style);
            }
        }
        return row;
    }

    /** The workbook's few cell styles, made once (a workbook holds a limited number). */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle green;
        final CellStyle amber;
        final CellStyle red;
        final CellStyle none;
        final CellStyle amount;
        final CellStyle whole;
        final CellStyle date;

        Styles(Workbook workbook) {
            bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            green = fill(workbook, IndexedColors.LIGHT_GREEN);
            amber = fill(workbook, IndexedColors.LIGHT_ORANGE);
            red = fill(workbook, IndexedColors.CORAL);
            none = fill(workbook, IndexedColors.GREY_25_PERCENT);
            amount = format(workbook, "#,##0.00");
            whole = format(workbook, "#,##0");
            date = workbook.createCellStyle();
            date.setDataFormat((short) BuiltinFormats.getBuiltinFormat("m/d/yy"));
        }

        private static CellStyle format(Workbook workbook, String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
        }

        CellStyle rag(Rag rag) {
            if (rag == null) return none;
            return switch (rag) {
                case GREEN -> green;
                case AMBER -> amber;
                case RED -> red;
            };
        }

        private static CellStyle fill(Workbook workbook, IndexedColors color) {
            CellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(color.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }
    }
}
