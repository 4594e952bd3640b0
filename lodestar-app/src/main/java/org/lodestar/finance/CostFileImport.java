package org.lodestar.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestar.platform.InvalidInputException;

/**
 * Reads a ledger's cost file (CSV or an Excel workbook's sheet, with a header row) through a saved column mapping
 * and validates it row by row: every bad row is reported with its line number and the column to blame, and a row
 * whose key (the ledger's reference) was already imported or appears twice in the file is a duplicate. The rows of
 * both formats go through the same validation ({@link #validate}): a workbook is first turned into rows of text
 * ({@link CostWorkbook}). All or nothing by default: a report with any problem imports no row
 * ({@link Report#importable()} is empty); on request, only the valid rows ({@link Report#importable(boolean)}).
 */
public final class CostFileImport {

    /** The most data rows a file may have; a larger file is refused as a whole (naming {@code file}). */
    public static final int MAX_ROWS = 50_000;

    /** Which header names hold the date, amount, cost category and the ledger's reference (the duplicate key). */
    public record ColumnMapping(String date, String amount, String category, String reference) {
    }

    /** One valid cost line. */
    public record CostLine(int line, LocalDate date, BigDecimal amount, CostCategory category, String reference) {
    }

    /** A row of the file as text, with its line number (a CSV's line, a sheet's row number). */
    public record SourceRow(int line, List<String> cells) {
    }

    /** A bad row's problem: its line, the column (the file's header name) and what is wrong. */
    public record RowProblem(int line, String column, InvalidInputException.FieldProblem problem) {
    }

    /**
     * The result: valid lines and problems, each problem naming its line ({@code line 3: amount}); {@code rows}
     * holds the problems of rows (a row can have several), the others concern the whole file or the mapping.
     */
    public record Report(List<CostLine> valid, List<InvalidInputException.FieldProblem> problems,
                         List<RowProblem> rows) {

        public Report(List<CostLine> valid, List<InvalidInputException.FieldProblem> problems) {
            this(valid, problems, List.of());
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** Whether every problem is a row's: the file and its mapping are sound, some rows are not. */
        public boolean onlyRowProblems() {
            return problems.size() == rows.size();
        }

        /** The lines to import: all of them when the file is clean, none otherwise. */
        public List<CostLine> importable() {
            return importable(false);
        }

        /**
         * The lines to import: with {@code validOnly}, the valid ones as long as the file itself is sound (a bad
         * row, duplicates included, is skipped); otherwise all of them when the file is clean, none if not.
         */
        public List<CostLine> importable(boolean validOnly) {
            if (ok()) return valid;
            return validOnly && onlyRowProblems() ? valid : List.of();
        }
    }

    private CostFileImport() {
    }

    /**
     * Validates a CSV file.
     *
     * @param csv           the file's text, comma separated, fields may be double-quoted
     * @param mapping       the saved column mapping
     * @param currency      the project's currency (amounts may not have more decimals than it has)
     * @param importedKeys  references already imported for this project
     */
    public static Report read(String csv, ColumnMapping mapping, Currency currency, Set<String> importedKeys) {
        List<List<String>> parsed = parse(csv);
        List<SourceRow> rows = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) rows.add(new SourceRow(i + 1, parsed.get(i)));
        return validate(rows, mapping, currency, importedKeys, MAX_ROWS);
    }

    /**
     * Validates a file's rows, whatever their format: the first row is the header, the others are data (blank rows
     * are skipped); a file of more than {@code maxRows} data rows is refused as a whole.
     */
    public static Report validate(List<SourceRow> rows, ColumnMapping mapping, Currency currency,
                                  Set<String> importedKeys, int maxRows) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        List<RowProblem> rowProblems = new ArrayList<>();
        List<CostLine> valid = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add("file", "finance.import.empty");
            return report(valid, problems, rowProblems);
        }
        if (rows.size() - 1 > maxRows) {
            problems.add("file", "finance.import.tooManyRows", maxRows);
            return report(valid, problems, rowProblems);
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = rows.get(0).cells();
        for (int i = 0; i < names.size(); i++) header.putIfAbsent(names.get(i).strip(), i);
        String[] wanted = {mapping.date(), mapping.amount(), mapping.category(), mapping.reference()};
        for (String column : wanted) {
            if (!header.containsKey(column)) problems.add("mapping", "finance.import.missingColumn", column);
        }
        if (problems.has("mapping")) return report(valid, problems, rowProblems);
        Set<String> seen = new HashSet<>();
        for (SourceRow source : rows.subList(1, rows.size())) {
            List<String> row = source.cells();
            int line = source.line();
            if (row.stream().allMatch(String::isBlank)) continue;
            InvalidInputException.Collector bad = new InvalidInputException.Collector();
            String prefix = "line " + line + ": ";
            LocalDate date = null;
            try {
                date = LocalDate.parse(cell(row, header.get(mapping.date())).strip());
            } catch (DateTimeParseException unreadable) {
                bad.add(prefix + mapping.date(), "finance.import.badDate");
            }
            BigDecimal amount = null;
            try {
                amount = new BigDecimal(cell(row, header.get(mapping.amount())).strip());
                Amounts.check(bad, prefix + mapping.amount(), amount, currency, true);
            } catch (NumberFormatException unreadable) {
                bad.add(prefix + mapping.amount(), "finance.import.badAmount");
            }
            CostCategory category = CostCategory.parse(bad, prefix + mapping.category(),
                    cell(row, header.get(mapping.category())));
            String reference = cell(row, header.get(mapping.reference())).strip();
            if (reference.isEmpty()) {
                bad.add(prefix + mapping.reference(), "finance.import.missingReference");
            } else if (reference.length() > 100) {
                bad.add(prefix + mapping.reference(), "finance.import.referenceTooLong");
            } else if (importedKeys.contains(reference) || !seen.add(reference)) {
                bad.add(prefix + mapping.reference(), "finance.import.duplicate", reference);
            }
            try {
                bad.throwIfAny();
                valid.add(new CostLine(line, date, amount, category, reference));
            } catch (InvalidInputException invalid) {
                for (InvalidInputException.FieldProblem problem : invalid.problems()) {
                    problems.add(problem.field(), problem.messageKey(), problem.arguments());
                    rowProblems.add(new RowProblem(line, problem.field().substring(prefix.length()), problem));
                }
            }
        }
        return report(valid, problems, rowProblems);
    }

    private static Report report(List<CostLine> valid, InvalidInputException.Collector problems,
                                 List<RowProblem> rows) {
        try {
            problems.throwIfAny();
            return new Report(List.copyOf(valid), List.of(), List.of());
        } catch (InvalidInputException invalid) {
            return new Report(List.copyOf(valid), invalid.problems(), List.copyOf(rows));
        }
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }

    /** RFC 4180 fields: commas, double quotes doubled inside quoted fields, CRLF or LF line ends. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        if (csv == null || csv.isBlank()) return rows;
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') i++;
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
