package org.lodestar.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.lodestar.performance.KpiUnit;
import org.lodestar.performance.Measure;
import org.lodestar.performance.MeasureSample;
import org.lodestar.performance.MeasureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Status's measures: each report due in the period (the first revision of a period ending in it, by the period's
 * end) and each of them submitted by its due date. A report never started is not counted: reporting cycles say who
 * should report, and the status dashboard already lists the missing ones.
 */
@Component
class StatusMeasures implements MeasureSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    StatusMeasures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Measure> measures() {
        return List.of(new Measure("report_due", KpiUnit.COUNT), new Measure("report_on_time", KpiUnit.COUNT));
    }

    @Override
    public List<MeasureSample> sample(LocalDate from, LocalDate to) {
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        return jdbc.sql("select r.id, r.project, p.code, p.name, r.period_end, r.submitted_at, r.late "
                        + "from status_report r join project p on p.id = r.project "
                        + "where r.revision = 1 and r.period_end between :from and :to "
                        + "order by r.id")
                .param("from", from).param("to", to)
                .query((rs, row) -> {
                    String subject = "report:" + rs.getLong(1);
                    String label = rs.getString(3) + " " + rs.getString(4) + " · " + rs.getObject(5, LocalDate.class);
                    String href = "/projects/" + rs.getLong(2) + "/status";
                    Timestamp submitted = rs.getTimestamp(6);
                    boolean onTime = submitted != null && submitted.before(end) && !rs.getBoolean(7);
                    MeasureSample due = new MeasureSample("report_due", subject, label, href, 1);
                    return onTime ? List.of(due, new MeasureSample("report_on_time", subject, label, href, 1)) : List.of(due);
                }).list().stream().flatMap(List::stream).toList();
    }
}
