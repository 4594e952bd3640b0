package org.lodestar.portfolio.web;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.lodestar.platform.SpreadsheetCsv;
import org.lodestar.portfolio.CustomFieldView;
import org.lodestar.portfolio.ProjectExport;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.Reference;

/**
 * Writes projects as RFC 4180 CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read accents and
 * CJK text right), streamed a page at a time; cells are made safe by {@link SpreadsheetCsv#cell}.
 */
final class ProjectCsv {

    static final List<String> HEADER = List.of("code", "name", "portfolio", "programme", "manager", "phase", "state",
            "priority", "reportedHealth", "plannedStart", "plannedFinish", "forecastFinish", "budget", "currency");

    private ProjectCsv() {
    }

    /** Rows read and written at a time: an export of any size holds one page in memory. */
    static final int PAGE = 1_000;

    /**
     * Writes every project of a query, page after page ({@code pages} gives page n of {@link #PAGE} rows), so that
     * an export has no cap: the fixed columns, then one column per custom field, headed {@code custom:key}.
     */
    static void write(IntFunction<ProjectExport> pages, Writer writer) throws IOException {
        ProjectExport page = pages.apply(0);
        writer.write('\uFEFF');
        List<CustomFieldView> fields = page.customFields();
        List<String> header = new ArrayList<>(HEADER);
        fields.forEach(field -> header.add("custom:" + field.key()));
        line(writer, header);
        for (int next = 1; ; next++) {
            rows(page, fields, writer);
            if (page.rows().size() < PAGE) return;
            page = pages.apply(next);
        }
    }

    /** A page's rows, with the columns of the header (the first page's custom fields). */
    private static void rows(ProjectExport export, List<CustomFieldView> fields, Writer writer) throws IOException {
        for (ProjectRow row : export.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.code(), row.name(), name(row.portfolio()),
                    name(row.programme()), name(row.manager()), text(row.phase()), text(row.state()),
                    text(row.priority()), text(row.reportedHealth()), text(row.plannedStart()),
                    text(row.plannedFinish()), text(row.forecastFinish()),
                    row.budget() == null ? "" : row.budget().toPlainString(), text(row.currency())));
            fields.forEach(field -> cells.add(export.value(row.id(), field.key())));
            line(writer, cells);
        }
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) writer.write(',');
            writer.write(SpreadsheetCsv.cell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    private static String name(Reference reference) {
        return reference == null ? "" : reference.name();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
