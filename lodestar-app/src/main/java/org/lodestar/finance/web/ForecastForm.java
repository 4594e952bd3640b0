package org.lodestar.finance.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.finance.ForecastDrafts.ForecastDraft;
import org.lodestar.finance.Forecasts.ForecastLine;

/**
 * The record-a-forecast form of a project's forecast page: the reporting period, a note, and one row per month
 * with its estimate to complete (an empty amount leaves the month out).
 */
public class ForecastForm {

    private String period;
    private String note;
    private List<Row> rows = new ArrayList<>();

    /** One month of the form. */
    public static class Row {
        private String month;
        private BigDecimal amount;

        public Row() {
        }

        Row(String month, BigDecimal amount) {
            this.month = month;
            this.amount = amount;
        }

        public String getMonth() { return month; }
        public void setMonth(String month) { this.month = month; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    static ForecastForm of(ForecastDraft draft) {
        ForecastForm form = new ForecastForm();
        form.period = draft.period();
        for (ForecastLine line : draft.lines()) form.rows.add(new Row(line.month(), line.amount()));
        return form;
    }

    /** The rows with an amount, as the command's lines; {@code rowOfLine} gets each line's row index. */
    List<ForecastLine> lines(List<Integer> rowOfLine) {
        List<ForecastLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row == null || row.amount == null) continue;
            lines.add(new ForecastLine(row.month, row.amount));
            rowOfLine.add(i);
        }
        return lines;
    }

    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<Row> getRows() { return rows; }
    public void setRows(List<Row> rows) { this.rows = rows; }
}
