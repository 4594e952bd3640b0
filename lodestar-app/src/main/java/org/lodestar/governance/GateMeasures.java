package org.lodestar.governance;

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
 * Governance's measures: each gate review decided in the period, and each of them compliant: no criterion of its
 * checklist answered "no" (met or not applicable, every one), whatever the committee then decided.
 */
@Component
class GateMeasures implements MeasureSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    GateMeasures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Measure> measures() {
        return List.of(new Measure("gate_decided", KpiUnit.COUNT), new Measure("gate_compliant", KpiUnit.COUNT));
    }

    @Override
    public List<MeasureSample> sample(LocalDate from, LocalDate to) {
        return jdbc.sql("select g.id, g.project, p.code, p.name, g.gate_code, "
                        + "(select count(*) from gate_review_answer a where a.gate_review = g.id and a.answer = 'NO') "
                        + "from gate_review g join project p on p.id = g.project "
                        + "where g.state = 'DECIDED' and g.decided_at >= :start and g.decided_at < :end order by g.id")
                .param("start", Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .query((rs, row) -> {
                    String subject = "gate:" + rs.getLong(1);
                    String label = rs.getString(3) + " " + rs.getString(4) + " · " + rs.getString(5);
                    String href = "/projects/" + rs.getLong(2) + "/governance";
                    MeasureSample decided = new MeasureSample("gate_decided", subject, label, href, 1);
                    return rs.getLong(6) == 0
                            ? List.of(decided, new MeasureSample("gate_compliant", subject, label, href, 1))
                            : List.of(decided);
                }).list().stream().flatMap(List::stream).toList();
    }
}
