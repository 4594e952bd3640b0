package org.lodestar.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.PageResult;
import org.lodestar.platform.RunAs;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link ProjectRegistry#everyRow} reads in one statement what the registry's search gives page after page: the same
 * rows in the same order, for a reader of everything, one of summaries (no budgets) and a portfolio's manager, of
 * every portfolio and of one.
 */
class EveryRowIntegrationTests extends PageTestSupport {

    @Autowired
    ProjectRegistry registry;

    @Autowired
    RunAs runAs;

    @Test
    void everyRowIsTheSearchPageAfterPage() {
        for (String reader : List.of("pmo", "requester", "portfolio", "member")) {
            for (Long portfolio : new Long[] {null, 1L}) {
                List<ProjectRow> paged = runAs.call(reader, () -> {
                    List<ProjectRow> rows = new ArrayList<>();
                    for (int page = 0; ; page++) {
                        PageResult<ProjectRow> found = registry.search(new ProjectQuery(null, portfolio, null, null,
                                null, null, null, null, null, false, "code", false, page, 7));
                        rows.addAll(found.items());
                        if (!found.hasNext()) return rows;
                    }
                });
                List<ProjectRow> every = runAs.call(reader, () -> registry.everyRow(portfolio));

                assertThat(every).as(reader + " in " + portfolio).containsExactlyElementsOf(paged).hasSizeGreaterThan(7);
            }
        }
        assertThat(runAs.call("requester", () -> registry.everyRow(null))).as("summaries carry no budget")
                .allMatch(row -> row.budget() == null);
        assertThat(runAs.call("pmo", () -> registry.everyRow(null))).anyMatch(row -> row.budget() != null);
    }
}
