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
 * Reads a ledger's cost file (CSV with a header row) through a saved column mapping and validates it row by row:
 * every bad row is reported with its line number and the column to blame, and a row whose key (the ledger's
 * reference) was already imported or appears twice in the file is a duplicate. All or nothing: a report with any
 * problem imports no row ({@link Report#importable()} is empty).
 */
public final class CostFileImport {

    /** Which header names hold the date, amount, cost category and the ledger's reference (the duplicate key). */
    public record ColumnMapping(String date, String amount, String category, String reference) {
    }

    /** One valid cost line. */
    public record CostLine(int line, LocalDate date, BigDecimal amount, CostCategory category, String reference) {
    }

    /** The result: valid lines and problems, each problem naming its line ({@code line 3: amount}). */
    public record Report(List<CostLine> valid, List<InvalidInputException.FieldProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }

        /** The lines to import: all of them when the file is clean, none otherwise. */
        public List<CostLine> importable() {
            return ok() ? valid : List.of();
        }
    }

    private CostFileImport() {
    }

    /**
     * Validates a file.
     *
     * @param csv           the file's text, comma separated, fields may be double-quoted
     * @param mapping       the saved column mapping
     * @param currency      the project's currency (amounts may not have more decimals than it has)
     * @param importedKeys  references already imported for this project
     */
    public static Report read(String csv, ColumnMapping mapping, Currency currency, Set<String> importedKeys) {
        List<List<String>> rows = parse(csv);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        List<CostLine> valid = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add("file", "finance.import.empty");
            return report(valid, problems);
        }
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) header.put(rows.get(0).get(i).strip(), i);
        String[] wanted = {mapping.date(), mapping.amount(), mapping.category(), mapping.reference()};
        for (String column : wanted) {
            if (!header.containsKey(column)) problems.add("mapping", "finance.import.missingColumn", column);
        }
        if (problems.has("mapping")) return report(valid, problems);
        Set<String> seen = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int line = r + 1;
            if (row.size() == 1 && row.get(0).isBlank()) continue;
            InvalidInputException.Collector rowProblems = new InvalidInputException.Collector();
            String prefix = "line " + line + ": ";
            LocalDate date = null;
            try {
                date = LocalDate.parse(cell(row, header.get(mapping.date())).strip());
            } catch (DateTimeParseException bad) {
                rowProblems.add(prefix + mapping.date(), "finance.import.badDate");
            }
            BigDecimal amount = null;
            try {
                amount = new BigDecimal(cell(row, header.get(mapping.amount())).strip());
                Amounts.check(rowProblems, prefix + mapping.amount(), amount, currency, true);
            } catch (NumberFormatException bad) {
                rowProblems.add(prefix + mapping.amount(), "finance.import.badAmount");
            }
            CostCategory category = CostCategory.parse(rowProblems, prefix + mapping.category(),
                    cell(row, header.get(mapping.category())));
            String reference = cell(row, header.get(mapping.reference())).strip();
            if (reference.isEmpty()) {
                rowProblems.add(prefix + mapping.reference(), "finance.import.missingReference");
            } else if (reference.length() > 100) {
                rowProblems.add(prefix + mapping.reference(), "finance.import.referenceTooLong");
            } else if (importedKeys.contains(reference) || !seen.add(reference)) {
                rowProblems.add(prefix + mapping.reference(), "finance.import.duplicate", reference);
            }
            try {
                rowProblems.throwIfAny();
                valid.add(new CostLine(line, date, amount, category, reference));
            } catch (InvalidInputException invalid) {
                for (InvalidInputException.FieldProblem problem : invalid.problems()) {
                    problems.add(problem.field(), problem.messageKey(), problem.arguments());
                }
            }
        }
        return report(valid, problems);
    }

    private static Report report(List<CostLine> valid, InvalidInputException.Collector problems) {
        try {
            problems.throwIfAny();
            return new Report(List.copyOf(valid), List.of());
        } catch (InvalidInputException invalid) {
            return new Report(List.copyOf(valid), invalid.problems());
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
