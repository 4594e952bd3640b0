package org.lodestar.platform;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV for download (RAID lists, approved hours, the project list), safe to open in a spreadsheet: a cell starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a quote, so that it is
 * never read as a formula (CSV injection); control characters are removed (line feeds stay, inside a quoted cell).
 * UTF-8 with a byte order mark, CRLF line ends. One rule for every download, so no module escapes differently.
 */
public final class SpreadsheetCsv {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n]]|[\\u2028\\u2029]");
    private static final String FORMULA = "=+-@";

    private SpreadsheetCsv() {
    }

    /** The whole document: a byte order mark, the header line, then one line per row. */
    public static String document(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, header);
        for (List<String> row : rows) line(out, row);
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** One cell, neutralised and quoted as needed. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) return "";
        boolean formula = "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        String clean = CONTROL.matcher(value).replaceAll("");
        if (!clean.isEmpty() && FORMULA.indexOf(clean.charAt(0)) >= 0) formula = true;
        String safe = formula ? "'" + clean : clean;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.startsWith(" ")
                || safe.endsWith(" ")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
