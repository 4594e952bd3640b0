package org.lodestar.finance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.lodestar.finance.CostFileImport.SourceRow;
import org.lodestar.platform.InvalidInputException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A ledger's cost file as an Excel workbook (.xlsx): one sheet (the first, or the one named) turned into rows of
 * text for {@link CostFileImport#validate}, so that CSV and Excel files share one validation. A date cell becomes
 * its day in ISO form (2026-03-31), a number its plain decimal (1200.5, never 1.2E3 or a locale's format), text
 * stays as written (so dates and amounts typed as ISO text read as in a CSV).
 *
 * <p>The sheet is streamed (POI's event API), never built as a workbook in memory, and reading stops one row past
 * the row limit. Zip bombs are refused by POI's {@link ZipSecureFile} limits, tightened here (never loosened) for
 * the whole process: an entry may inflate at most 100 times (POI's default) and to at most 100 MB, with at most
 * 1,000 entries. Bytes that are not a readable workbook are one problem naming {@code file}.
 */
final class CostWorkbook {

    /** The largest size one entry of a workbook (a sheet's XML, the shared strings) may inflate to. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    static {
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        if (ZipSecureFile.getMaxTextSize() > MAX_ENTRY_BYTES) ZipSecureFile.setMaxTextSize(MAX_ENTRY_BYTES);
        if (ZipSecureFile.getMinInflateRatio() < 0.01) ZipSecureFile.setMinInflateRatio(0.01);
        if (ZipSecureFile.getMaxFileCount() > 1000) ZipSecureFile.setMaxFileCount(1000);
    }

    private CostWorkbook() {
    }

    /** Whether the bytes start as a zip archive does (an .xlsx is one); a CSV's text never does. */
    static boolean looksLikeWorkbook(byte[] bytes) {
        return bytes != null && bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3
                && bytes[3] == 4;
    }

    /**
     * The rows of a workbook's sheet: its first, or the one named {@code sheet}; at most {@code maxRows} + 2 rows
     * (the header, the limit and one more, so that the validation sees the file is too long).
     *
     * @throws InvalidInputException naming {@code file} (not a readable workbook) or {@code sheet} (no such sheet)
     */
    static List<SourceRow> rows(byte[] bytes, String sheet, int maxRows) {
        List<SourceRow> rows = new ArrayList<>();
        boolean found = false;
        try (OPCPackage pack = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pack);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pack, false);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext() && !found) {
                try (InputStream data = sheets.next()) {
                    if (sheet != null && !sheet.isBlank() && !sheets.getSheetName().equals(sheet.strip())) continue;
                    found = true;
                    Rows handler = new Rows(rows, maxRows + 2);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, handler,
                            new IsoFormatter(), false));
                    try {
                        parser.parse(new InputSource(data));
                    } catch (Enough enough) {
                        // the limit is passed: the rows read say so
                    }
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                 | RuntimeException unreadable) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("file", "finance.import.unreadable")));
        }
        if (!found) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("sheet", "finance.import.noSheet", sheet)));
        }
        return rows;
    }

    /** Thrown by the handler to stop reading a sheet past the row limit. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /** Collects a sheet's rows as text, each cell at its column (gaps are empty), each row with its number. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<SourceRow> rows;
        private final int limit;
        private List<String> cells;

        Rows(List<SourceRow> rows, int limit) {
            this.rows = rows;
            this.limit = limit;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new SourceRow(rowNum + 1, List.copyOf(cells)));
            if (rows.size() >= limit) throw new Enough();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) cells.add("");
            cells.add(value == null ? "" : value);
        }
    }

    /** Numbers as plain decimals and date cells as ISO days, whatever the cell's display format or locale. */
    private static final class IsoFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            if (Double.isNaN(value) || Double.isInfinite(value)) return Double.toString(value);
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
