package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTests {

    @Test
    void cellsStartingWithAFormulaPrefixAreQuotedAsText() {
        assertThat(SpreadsheetCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(SpreadsheetCsv.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(SpreadsheetCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCsv.cell("\t=1")).isEqualTo("'=1");
        assertThat(SpreadsheetCsv.cell("\r=1")).isEqualTo("'=1");
        assertThat(SpreadsheetCsv.cell("\u0001=cmd")).as("a formula behind a removed control character").isEqualTo("'=cmd");
    }

    @Test
    void controlCharactersAreRemovedAndOrdinaryTextKept() {
        assertThat(SpreadsheetCsv.cell("Sup\u0000pl\u0007ier\u001b late\u2028")).isEqualTo("Supplier late");
        assertThat(SpreadsheetCsv.cell("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetCsv.cell("顧客ポータル")).isEqualTo("顧客ポータル");
        assertThat(SpreadsheetCsv.cell("The \"big\" one")).isEqualTo("\"The \"\"big\"\" one\"");
        assertThat(SpreadsheetCsv.cell("Late, again")).isEqualTo("\"Late, again\"");
        assertThat(SpreadsheetCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(SpreadsheetCsv.cell("tab\there")).isEqualTo("tabhere");
        assertThat(SpreadsheetCsv.cell(null)).isEmpty();
        assertThat(SpreadsheetCsv.cell("")).isEmpty();
    }

    @Test
    void aDocumentHasAByteOrderMarkAHeaderAndCrlfLines() {
        assertThat(SpreadsheetCsv.document(List.of("id", "title"), List.of(List.of("1", "-x"), List.of("2", "ok"))))
                .isEqualTo("\uFEFFid,title\r\n1,'-x\r\n2,ok\r\n");
    }
}
