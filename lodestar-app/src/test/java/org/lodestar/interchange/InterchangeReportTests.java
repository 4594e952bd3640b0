package org.lodestar.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterchangeReportTests {

    @TempDir
    Path folder;

    @Test
    void listsEachFileBesideMpxjsSchedulerAndTheTotal() throws Exception {
        // the dataset files are linked, never copied
        Files.createSymbolicLink(folder.resolve("legacy__sample.xml"), InterchangeDatasets.file("legacy__sample.xml"));
        Files.createSymbolicLink(folder.resolve("XERNative__sample.xer"), InterchangeDatasets.file("XERNative__sample.xer"));
        Files.createFile(folder.resolve("empty.mpp"));

        InterchangeReport report = InterchangeReport.of(folder);
        String markdown = report.markdown("DIR", "lodestar interchange-report DIR");

        assertThat(report.tasks()).isEqualTo(16 + 25);
        assertThat(report.matching()).isEqualTo(15 + 25);
        assertThat(markdown)
                .contains("**Total: tasks: 41, matching: 40 (97.6%)**")
                .contains("| legacy__sample.xml | MSPDI | 16 | 15 (93.8%) | 15 (93.8%) | ")
                .contains("| XERNative__sample.xer | XER | 25 | 25 (100.0%) | 25 (100.0%) |")
                .contains("| empty.mpp | - | - | refused: the file is empty (0 bytes) |")
                .contains("files refused by Lodestar: 1");
        assertThat(report.markdown("DIR", "lodestar interchange-report DIR")).isEqualTo(markdown);
    }
}
