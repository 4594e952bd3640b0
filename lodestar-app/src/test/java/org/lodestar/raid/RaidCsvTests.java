package org.lodestar.raid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RaidCsvTests {

    @Test
    void cellsStartingWithAFormulaPrefixAreQuotedAsText() {
        assertThat(RaidCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(RaidCsv.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(RaidCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(RaidCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(RaidCsv.cell("\t=1")).isEqualTo("'=1");
        assertThat(RaidCsv.cell("\r=1")).isEqualTo("'=1");
        assertThat(RaidCsv.cell("\u0001=cmd")).as("a formula behind a removed control character").isEqualTo("'=cmd");
    }

    @Test
    void controlCharactersAreRemovedAndOrdinaryTextKept() {
        assertThat(RaidCsv.cell("Sup\u0000pl\u0007ier\u001b late\u2028")).isEqualTo("Supplier late");
        assertThat(RaidCsv.cell("a=b")).isEqualTo("a=b");
        assertThat(RaidCsv.cell("Late, again")).isEqualTo("\"Late, again\"");
        assertThat(RaidCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(RaidCsv.cell("tab\there")).isEqualTo("tabhere");
        assertThat(RaidCsv.cell(null)).isEmpty();
        assertThat(RaidCsv.cell("")).isEmpty();
    }

    @Test
    void aDocumentHasAByteOrderMarkAHeaderAndCrlfLines() {
        assertThat(RaidCsv.document(List.of("id", "title"), List.of(List.of("1", "-x"), List.of("2", "ok"))))
                .isEqualTo("\uFEFFid,title\r\n1,'-x\r\n2,ok\r\n");
    }
}
