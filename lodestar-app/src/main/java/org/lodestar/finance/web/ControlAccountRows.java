package org.lodestar.finance.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lodestar.finance.ControlAccounts;
import org.lodestar.finance.EarnedValues.Metrics;

/**
 * The Finance tab's control-accounts table as text in the reader's language: one row per account, the actual cost
 * attributed to none, and the project's line, which the rows above add up to. Public for the template's SpEL.
 */
public record ControlAccountRows(ControlAccounts.View view, List<Row> accounts, String unattributed,
                                 List<String> total) {

    /** The columns, in order: message keys {@code finance.short.<column>} (and {@code finance.accounts.complete}). */
    public static final List<String> COLUMNS = List.of("bac", "pv", "ev", "ac", "sv", "cv", "spi", "cpi", "eac",
            "vac");

    /** One account: its WBS code, name, whether it is a summary, and its cells (the columns, then % complete). */
    public record Row(long taskId, String code, String name, boolean summary, List<String> cells) {
    }

    static ControlAccountRows of(ControlAccounts.View view, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (ControlAccounts.AccountLine line : view.accounts()) {
            rows.add(new Row(line.taskId(), line.code(), line.name(), line.summary(),
                    cells(line.metrics(), line.percentComplete(), locale)));
        }
        return new ControlAccountRows(view, List.copyOf(rows),
                FinancePagesController.money(view.unattributedAc(), locale),
                cells(view.project(), view.projectPercentComplete(), locale));
    }

    public int columns() {
        return COLUMNS.size() + 1;
    }

    private static List<String> cells(Metrics m, Double complete, Locale locale) {
        return List.of(FinancePagesController.money(m.bac(), locale), FinancePagesController.money(m.pv(), locale),
                FinancePagesController.money(m.ev(), locale), FinancePagesController.money(m.ac(), locale),
                FinancePagesController.money(m.sv(), locale), FinancePagesController.money(m.cv(), locale),
                number(m.spi(), 2, locale), number(m.cpi(), 2, locale), FinancePagesController.money(m.eac(), locale),
                FinancePagesController.money(m.vac(), locale), number(complete, 1, locale));
    }

    private static String number(Double value, int decimals, Locale locale) {
        if (value == null) return "–";
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
