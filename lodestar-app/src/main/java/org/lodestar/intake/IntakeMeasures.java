package org.lodestar.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.lodestar.performance.KpiUnit;
import org.lodestar.performance.Measure;
import org.lodestar.performance.MeasureSample;
import org.lodestar.performance.MeasureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Intake's measures: each request decided in the period with the days from its submission to its decision, and
 * each of them approved (approved or since converted into a project).
 */
@Component
class IntakeMeasures implements MeasureSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    IntakeMeasures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Measure> measures() {
        return List.of(new Measure("request_decision_days", KpiUnit.DAYS), new Measure("request_approved", KpiUnit.COUNT));
    }

    @Override
    public List<MeasureSample> sample(LocalDate from, LocalDate to) {
        return jdbc.sql("select id, code, title, state, submitted_at, decision_date from project_request "
                        + "where decision_date between :from and :to and submitted_at is not null "
                        + "and submitted_at < :end and state in ('APPROVED', 'REJECTED', 'DEFERRED', 'CONVERTED') "
                        + "order by id")
                .param("from", from).param("to", to)
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .query((rs, row) -> {
                    long id = rs.getLong(1);
                    String label = rs.getString(2) + " " + rs.getString(3);
                    LocalDate submitted = rs.getTimestamp(5).toInstant().atZone(clock.getZone()).toLocalDate();
                    long days = ChronoUnit.DAYS.between(submitted, rs.getObject(6, LocalDate.class));
                    String state = rs.getString(4);
                    MeasureSample decided = new MeasureSample("request_decision_days", "request:" + id, label,
                            "/requests/" + id, days);
                    return state.equals("APPROVED") || state.equals("CONVERTED")
                            ? List.of(decided, new MeasureSample("request_approved", "request:" + id, label,
                            "/requests/" + id, 1))
                            : List.of(decided);
                }).list().stream().flatMap(List::stream).toList();
    }
}
