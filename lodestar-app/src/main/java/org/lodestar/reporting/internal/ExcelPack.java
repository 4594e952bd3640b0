package org.lodestar.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
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
        row(sheet, r++, styles.bold, labels.text("pack.title"), pack.scope());
        row(sheet, r++, null, labels.text("status.period"), PackLabels.date(pack.date()));
        row(sheet, r++, null, labels.text("status.kpi.projects"), view.projects());
        Row rollup = row(sheet, r++, null, labels.text("status.kpi.rollup") + " (" + labels.text(view.rollup().rule().messageKey()) + ")",
                labels.rag(view.rollup().value()));
        rollup.getCell(1).setCellStyle(styles.rag(view.rollup().value()));
        row(sheet, r++, null, labels.text("status.kpi.discrepancies"), view.discrepancies());
        row(sheet, r++, null, labels.text("status.kpi.missing"), view.missing().size());
        row(sheet, r++, null, labels.text("status.kpi.late"), view.late().size());
        r++;
        row(sheet, r++, styles.bold, labels.text("project.currency"), labels.text("status.money.budget"),
                labels.text("status.money.actual"), labels.text("status.money.forecast"));
        for (DashboardView.Totals totals : view.totals()) {
            row(sheet, r++, null, totals.currency(), totals.budget().doubleValue(), totals.actual().doubleValue(),
                    totals.forecast().doubleValue());
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
        row(sheet, 0, styles.bold, labels.text("project.code"), labels.text("project.name"), labels.text("status.period"),
                labels.text("status.overall"), labels.text("status.computed"), labels.text("status.accomplishments"),
                labels.text("status.nextSteps"), labels.text("status.decisions"), labels.text("status.keyRisks"),
                labels.text("status.forecastFinish"), labels.text("status.forecastCost"));
        int r = 1;
        for (SteeringPack.ProjectPage page : pack.pages()) {
            ReportView report = page.report();
            if (report == null) {
                row(sheet, r++, null, page.row().code(), page.row().name(), labels.text("pack.noReport"));
                continue;
            }
            Row row = row(sheet, r++, null, page.row().code(), page.row().name(), PackLabels.date(report.periodEnd()),
                    labels.rag(report.overall().rag()), labels.rag(report.computed()),
                    PackLabels.orEmpty(report.accomplishments()), PackLabels.orEmpty(report.nextSteps()),
                    PackLabels.orEmpty(report.decisions()), PackLabels.orEmpty(report.keyRisks()),
                    PackLabels.date(report.forecastFinish()),
                    report.forecastCost() == null ? "" : report.forecastCost().toPlainString());
            row.getCell(3).setCellStyle(styles.rag(report.overall().rag()));
            row.getCell(4).setCellStyle(styles.rag(report.computed()));
        }
    }

    private void milestones(Sheet sheet, SteeringPack pack, PackLabels labels, Styles styles) {
        row(sheet, 0, styles.bold, labels.text("project.code"), labels.text("status.milestone.name"),
                labels.text("status.milestone.due"), labels.text("status.milestone.forecast"),
                labels.text("status.milestone.done"));
        int r = 1;
        for (SteeringPack.ProjectPage page : pack.pages()) {
            if (page.report() == null) continue;
            for (MilestoneLine line : page.report().milestones()) {
                row(sheet, r++, null, page.row().code(), line.name(), PackLabels.date(line.due()),
                        PackLabels.date(line.forecast()), line.done() ? labels.text("value.yes") : labels.text("value.no"));
            }
        }
    }

    /** The key risks and issues of each project's report, as the register held them at publication. */
    private void register(Sheet sheet, SteeringPack pack, PackLabels labels, Styles styles) {
        row(sheet, 0, styles.bold, labels.text("project.code"), labels.text("raid.report.kind"),
                labels.text("raid.risk.title"), labels.text("raid.report.rating"), labels.text("raid.report.owner"));
        int r = 1;
        for (SteeringPack.ProjectPage page : pack.pages()) {
            if (page.report() == null) continue;
            for (RegisterLine line : page.report().register()) {
                row(sheet, r++, null, page.row().code(), labels.text("raid.report.kind." + line.kind()), line.title(),
                        line.kind().equals("ISSUE") ? labels.text("raid.priority." + line.rating()) : line.rating(),
                        PackLabels.orEmpty(line.owner()));
            }
        }
    }

    private static void ragCell(Row row, int column, Rag rag, PackLabels labels, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(labels.rag(rag));
        cell.setCellStyle(styles.rag(rag));
    }

    private static Row row(Sheet sheet, int index, CellStyle style, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            if (values[c] instanceof Number number) cell.setCellValue(number.doubleValue());
            else cell.setCellValue(values[c] == null ? "" : values[c].toString());
            if (style != null) cell.setCellStyle(style);
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

        Styles(Workbook workbook) {
            bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            green = fill(workbook, IndexedColors.LIGHT_GREEN);
            amber = fill(workbook, IndexedColors.LIGHT_ORANGE);
            red = fill(workbook, IndexedColors.CORAL);
            none = fill(workbook, IndexedColors.GREY_25_PERCENT);
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
