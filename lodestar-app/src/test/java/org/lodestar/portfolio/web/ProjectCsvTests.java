package org.lodestar.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.Priority;
import org.lodestar.portfolio.ProjectExport;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;

class ProjectCsvTests {

    @Test
    void anExportOfMoreThanTenThousandProjectsIsWrittenWholePageByPage() throws Exception {
        int total = 25_500;
        List<Integer> asked = new ArrayList<>();
        StringWriter csv = new StringWriter();

        ProjectCsv.write(page -> {
            asked.add(page);
            int from = page * ProjectCsv.PAGE;
            return new ProjectExport(IntStream.range(from, Math.min(total, from + ProjectCsv.PAGE))
                    .mapToObj(ProjectCsvTests::row).toList(), List.of(), Map.of());
        }, csv);

        String[] lines = csv.toString().split("\r\n");
        assertThat(lines).hasSize(total + 1);
        assertThat(lines[0]).startsWith("\uFEFFcode,name,");
        assertThat(lines[total]).startsWith("PRJ-25499,");
        assertThat(asked).as("pages read, one at a time").hasSize(26).startsWith(0, 1).endsWith(25);
    }

    @Test
    void projectNamesAreMadeSafeForASpreadsheet() throws Exception {
        StringWriter csv = new StringWriter();
        ProjectRow named = new ProjectRow(1, "PRJ-1", "\u0001=cmd|' /C calc'!A0", null, null, null,
                LifecyclePhase.values()[0], ProjectState.ACTIVE, Priority.values()[0], null, null, null, null, null,
                null, "EUR");

        ProjectCsv.write(page -> new ProjectExport(page == 0 ? List.of(named) : List.of(), List.of(), Map.of()), csv);

        assertThat(csv.toString().split("\r\n")[1]).startsWith("PRJ-1,'=cmd|' /C calc'!A0,");
    }

    private static ProjectRow row(int n) {
        return new ProjectRow(n, "PRJ-" + n, "Project " + n, null, null, null, LifecyclePhase.values()[0],
                ProjectState.ACTIVE, Priority.values()[0], null, null, null, null, null, null, "EUR");
    }
}
