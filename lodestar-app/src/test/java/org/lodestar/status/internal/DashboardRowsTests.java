package org.lodestar.status.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.status.internal.DashboardRows.Row;

/** The dashboard finds a project among its rows, which come ordered by id, by searching them. */
class DashboardRowsTests {

    @Test
    void findsEachRowByIdAndNoneForAnIdItLacks() {
        List<Row> rows = List.of(row(2), row(5), row(9), row(40), row(41));

        for (Row row : rows) assertThat(DashboardRows.byId(rows, row.id())).isSameAs(row);
        for (long missing : new long[] {1, 3, 6, 10, 39, 42}) {
            assertThat(DashboardRows.byId(rows, missing)).as("id " + missing).isNull();
        }
        assertThat(DashboardRows.byId(List.of(), 2)).isNull();
        assertThat(DashboardRows.byId(List.of(row(7)), 7).code()).isEqualTo("P7");
    }

    private static Row row(long id) {
        return new Row(id, "P" + id, "Project " + id, 1, null, LifecyclePhase.EXECUTION, ProjectState.ACTIVE, null,
                null, "EUR", null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
