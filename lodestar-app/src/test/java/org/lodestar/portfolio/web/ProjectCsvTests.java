package org.lodestar.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectCsvTests {

    @Test
    void plainTextStaysAsItIs() {
        assertThat(ProjectCsv.cell("Customer portal relaunch")).isEqualTo("Customer portal relaunch");
        assertThat(ProjectCsv.cell("顧客ポータル")).isEqualTo("顧客ポータル");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(ProjectCsv.cell("Data, analytics")).isEqualTo("\"Data, analytics\"");
        assertThat(ProjectCsv.cell("The \"big\" one")).isEqualTo("\"The \"\"big\"\" one\"");
        assertThat(ProjectCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        assertThat(ProjectCsv.cell("=HYPERLINK(\"http://x\")")).startsWith("\"'=HYPERLINK");
        assertThat(ProjectCsv.cell("+1")).isEqualTo("'+1");
        assertThat(ProjectCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void nothingIsAnEmptyCell() {
        assertThat(ProjectCsv.cell(null)).isEmpty();
        assertThat(ProjectCsv.cell("")).isEmpty();
    }
}
