package org.lodestar.timesheets.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.lodestar.timesheets.PeriodView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The months the PMO closed ({@code timesheet_period}), by their first day. */
@Repository
public class ClosedPeriods {

    private final JdbcClient jdbc;

    ClosedPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isClosed(YearMonth month) {
        return jdbc.sql("select count(*) from timesheet_period where first_day = :month")
                .param("month", month.atDay(1)).query(Long.class).single() > 0;
    }

    /** Closes the month; false when it was closed already. */
    public boolean close(YearMonth month, String by, Instant at) {
        if (isClosed(month)) return false;
        return jdbc.sql("insert into timesheet_period (first_day, closed_by, closed_at) values (:month, :by, :at)")
                .param("month", month.atDay(1)).param("by", by).param("at", Timestamp.from(at)).update() == 1;
    }

    public List<PeriodView> all() {
        return jdbc.sql("select first_day, closed_by, closed_at from timesheet_period order by first_day desc")
                .query((rs, row) -> new PeriodView(YearMonth.from(rs.getObject("first_day", LocalDate.class)),
                        rs.getString("closed_by"), rs.getTimestamp("closed_at").toInstant()))
                .list();
    }
}
