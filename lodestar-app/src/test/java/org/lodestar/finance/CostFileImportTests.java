package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;
import org.lodestar.finance.CostFileImport.ColumnMapping;
import org.lodestar.finance.CostFileImport.Report;
import org.lodestar.platform.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

class CostFileImportTests {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final ColumnMapping MAPPING = new ColumnMapping("Posted", "Amount", "Category", "Voucher");

    @Test
    void aCleanFileImportsEveryLineThroughTheMapping() {
        String csv = "Voucher,Posted,Amount,Category,Note\r\n"
                + "V-1,2026-03-31,1200.50,labour-opex,\"March, team\"\r\n"
                + "V-2,2026-04-30,-100,non-labour-capex,\"credit \"\"note\"\"\"\n";
        Report report = CostFileImport.read(csv, MAPPING, EUR, Set.of());
        assertThat(report.ok()).isTrue();
        assertThat(report.importable()).extracting("line", "date", "amount", "category", "reference").containsExactly(
                tuple(2, LocalDate.of(2026, 3, 31), new BigDecimal("1200.50"), CostCategory.LABOUR_OPEX, "V-1"),
                tuple(3, LocalDate.of(2026, 4, 30), new BigDecimal("-100"), CostCategory.NON_LABOUR_CAPEX, "V-2"));
    }

    @Test
    void aMalformedFileReportsEveryBadRowAndImportsNothing() {
        String csv = """
                Voucher,Posted,Amount,Category
                V-1,2026-03-31,100,labour-opex
                V-2,31/03/2026,100,labour-opex
                V-3,2026-03-31,1.001,labour-opex
                V-4,2026-03-31,abc,travel
                V-1,2026-03-31,100,labour-opex
                V-9,2026-03-31,100,labour-opex
                ,2026-03-31,100,labour-opex
                """;
        Report report = CostFileImport.read(csv, MAPPING, EUR, Set.of("V-9"));
        assertThat(report.ok()).isFalse();
        assertThat(report.importable()).isEmpty();
        assertThat(report.problems()).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                tuple("line 3: Posted", "finance.import.badDate"),
                tuple("line 4: Amount", "finance.amount.tooManyDecimals"),
                tuple("line 5: Amount", "finance.import.badAmount"),
                tuple("line 5: Category", "finance.category.unknown"),
                tuple("line 6: Voucher", "finance.import.duplicate"),
                tuple("line 7: Voucher", "finance.import.duplicate"),
                tuple("line 8: Voucher", "finance.import.missingReference"));
        // the one good line is known but not importable while the file has problems
        assertThat(report.valid()).extracting("reference").containsExactly("V-1");
    }

    @Test
    void onRequestTheValidRowsOfASoundFileAreImportableAndEachBadRowIsReportedByLineAndColumn() {
        String csv = """
                Voucher,Posted,Amount,Category
                V-1,2026-03-31,100,labour-opex
                V-2,31/03/2026,abc,labour-opex
                V-3,2026-04-30,50,labour-capex
                V-1,2026-04-30,50,labour-capex
                """;
        Report report = CostFileImport.read(csv, MAPPING, EUR, Set.of());

        assertThat(report.importable()).as("all or nothing by default").isEmpty();
        assertThat(report.importable(true)).extracting("reference").containsExactly("V-1", "V-3");
        assertThat(report.rows()).extracting(CostFileImport.RowProblem::line, CostFileImport.RowProblem::column)
                .containsExactly(tuple(3, "Posted"), tuple(3, "Amount"), tuple(5, "Voucher"));
        Report unmapped = CostFileImport.read(csv, new ColumnMapping("Date", "Amount", "Category", "Voucher"), EUR,
                Set.of());
        assertThat(unmapped.importable(true)).as("a file whose mapping fails imports nothing").isEmpty();
    }

    @Test
    void aMappingToAColumnTheFileLacksIsReportedBeforeAnyRow() {
        Report report = CostFileImport.read("Voucher,Date,Amount,Category\nV-1,2026-01-31,1,labour-opex\n",
                MAPPING, EUR, Set.of());
        assertThat(report.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("mapping", "finance.import.missingColumn"));
        assertThat(report.importable()).isEmpty();
    }

    @Test
    void anEmptyFileIsAProblemNotASilentSuccess() {
        assertThat(CostFileImport.read("", MAPPING, EUR, Set.of()).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("finance.import.empty");
    }

    @Test
    void aReferenceLongerThanTheLedgerKeyColumnIsAProblem() {
        String csv = "Voucher,Posted,Amount,Category\n" + "V".repeat(101) + ",2026-01-31,1,labour-opex\n";
        assertThat(CostFileImport.read(csv, MAPPING, EUR, Set.of()).problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("line 2: Voucher", "finance.import.referenceTooLong"));
    }
}
