package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lodestar.finance.CostFileImport.ColumnMapping;
import org.lodestar.finance.CostFileImport.Report;
import org.lodestar.finance.CostFileImport.SourceRow;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.InvalidInputException.FieldProblem;

class CostWorkbookTests {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final ColumnMapping MAPPING = new ColumnMapping("Posted", "Amount", "Category", "Voucher");

    /** A workbook built with POI: a sheet per name, each cell a date, a number or text as given. */
    static byte[] workbook(String sheetName, Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00 [$€-x-euro2]"));
            if (!"Cover".equals(sheetName)) workbook.createSheet("Cover").createRow(0).createCell(0).setCellValue("x");
            Sheet sheet = workbook.createSheet(sheetName);
            if (!"Cover".equals(sheetName)) workbook.setSheetOrder(sheetName, 0);
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) continue;
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value == null) continue;
                    var cell = row.createCell(c);
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dates);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                        if (value instanceof Double) cell.setCellStyle(money);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Report read(byte[] bytes, String sheet, int maxRows) {
        return CostFileImport.validate(CostWorkbook.rows(bytes, sheet, maxRows), MAPPING, EUR, Set.of(), maxRows);
    }

    @Test
    void dateCellsNumbersAndIsoTextReadThroughTheMappingLikeACsv() {
        byte[] file = workbook("Ledger",
                new Object[] {"Voucher", "Posted", "Amount", "Category", "Note"},
                new Object[] {"V-1", LocalDate.of(2026, 3, 31), 1200.5d, "labour-opex", "formatted as money"},
                new Object[] {"V-2", "2026-04-30", "-100", "non-labour-capex"},
                null,
                new Object[] {"V-3", LocalDate.of(2026, 5, 29), 250, "labour-capex"});

        Report report = read(file, null, CostFileImport.MAX_ROWS);

        assertThat(report.problems()).isEmpty();
        assertThat(report.importable()).extracting("line", "date", "amount", "category", "reference").containsExactly(
                tuple(2, LocalDate.of(2026, 3, 31), new BigDecimal("1200.5"), CostCategory.LABOUR_OPEX, "V-1"),
                tuple(3, LocalDate.of(2026, 4, 30), new BigDecimal("-100"), CostCategory.NON_LABOUR_CAPEX, "V-2"),
                tuple(5, LocalDate.of(2026, 5, 29), new BigDecimal("250"), CostCategory.LABOUR_CAPEX, "V-3"));
    }

    @Test
    void badRowsOfASheetAreReportedByTheSheetsRowNumberAsInACsv() {
        byte[] file = workbook("Ledger",
                new Object[] {"Voucher", "Posted", "Amount", "Category"},
                new Object[] {"V-1", LocalDate.of(2026, 3, 31), 100, "labour-opex"},
                new Object[] {"V-2", "31/03/2026", 100, "labour-opex"},
                new Object[] {"V-3", LocalDate.of(2026, 3, 31), 1.001d, "labour-opex"},
                new Object[] {"V-4", LocalDate.of(2026, 3, 31), "abc", "travel"},
                new Object[] {"V-1", LocalDate.of(2026, 3, 31), 100, "labour-opex"});

        Report report = read(file, null, CostFileImport.MAX_ROWS);

        assertThat(report.importable()).isEmpty();
        assertThat(report.problems()).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                tuple("line 3: Posted", "finance.import.badDate"),
                tuple("line 4: Amount", "finance.amount.tooManyDecimals"),
                tuple("line 5: Amount", "finance.import.badAmount"),
                tuple("line 5: Category", "finance.category.unknown"),
                tuple("line 6: Voucher", "finance.import.duplicate"));
    }

    @Test
    void aNamedSheetIsReadAndAMissingOneIsAProblemNamingSheet() {
        byte[] file = workbook("Costs", new Object[] {"Voucher", "Posted", "Amount", "Category"},
                new Object[] {"V-1", LocalDate.of(2026, 3, 31), 7, "labour-opex"});

        assertThat(read(file, "Costs", 10).importable()).extracting("reference").containsExactly("V-1");
        assertThat(read(file, "Cover", 10).problems()).extracting(FieldProblem::field)
                .containsExactly("mapping", "mapping", "mapping", "mapping");
        assertThatThrownBy(() -> CostWorkbook.rows(file, "Budget", 10)).isInstanceOfSatisfying(
                InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(tuple("sheet", "finance.import.noSheet")));
    }

    @Test
    void bytesThatAreNotAWorkbookAreOneProblemNamingFile() {
        byte[] text = "Voucher,Posted\nV-1,2026-01-31\n".getBytes(StandardCharsets.UTF_8);
        byte[] zipOfNothing = zip("readme.txt", "not a workbook".getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(workbook("Ledger", new Object[] {"Voucher"}), 300);

        for (byte[] bad : List.of(text, zipOfNothing, cut)) {
            assertThatThrownBy(() -> CostWorkbook.rows(bad, null, 10)).isInstanceOfSatisfying(
                    InvalidInputException.class, refused -> assertThat(refused.problems())
                            .extracting(FieldProblem::field, FieldProblem::messageKey)
                            .containsExactly(tuple("file", "finance.import.unreadable")));
        }
        assertThat(CostWorkbook.looksLikeWorkbook(text)).isFalse();
        assertThat(CostWorkbook.looksLikeWorkbook(zipOfNothing)).isTrue();
    }

    @Test
    void aSheetThatInflatesLikeAZipBombIsRefusedNamingFile() throws IOException {
        byte[] sound = workbook("Ledger", new Object[] {"Voucher", "Posted", "Amount", "Category"},
                new Object[] {"V-1", LocalDate.of(2026, 3, 31), 7, "labour-opex"});
        // the same workbook whose sheet is padded with 20 MB of blanks: valid XML that inflates 1,000 times
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(sound));
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1024 * 1024];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 20; i++) out.write(blanks);
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        assertThat(CostWorkbook.rows(sound, null, 10)).as("the workbook before padding reads").hasSize(2);

        assertThatThrownBy(() -> CostWorkbook.rows(bomb.toByteArray(), null, 10)).isInstanceOfSatisfying(
                InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("file"));
    }

    @Test
    void aSheetPastTheRowLimitIsReadNoFurtherAndRefusedWithTheLimit() {
        Object[][] rows = new Object[9][];
        rows[0] = new Object[] {"Voucher", "Posted", "Amount", "Category"};
        for (int r = 1; r < rows.length; r++) rows[r] = new Object[] {"V-" + r, "2026-03-31", 1, "labour-opex"};
        byte[] file = workbook("Ledger", rows);

        List<SourceRow> read = CostWorkbook.rows(file, null, 5);
        Report report = CostFileImport.validate(read, MAPPING, EUR, Set.of(), 5);

        assertThat(read).as("the header, five rows and one more: reading stopped there").hasSize(7);
        assertThat(report.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("file", "finance.import.tooManyRows"));
        assertThat(report.importable(true)).as("not even the valid rows of a file too long").isEmpty();
        assertThat(read(file, null, 8).importable()).hasSize(8);
    }

    private static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return bytes.toByteArray();
    }
}
