package org.lodestar.raid;

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
 * RAID's measure: each threat open at the end of the period with its score (probability × impact) as last assessed
 * by then. A closed risk counts as open until its closing (its last change, since a closed risk changes only by
 * being reopened).
 */
@Component
class RiskMeasures implements MeasureSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    RiskMeasures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Measure> measures() {
        return List.of(new Measure("risk_exposure", KpiUnit.POINTS));
    }

    @Override
    public List<MeasureSample> sample(LocalDate from, LocalDate to) {
        return jdbc.sql("select r.id, r.project, p.code, r.title, "
                        + "(select a.score from risk_assessment a where a.risk = r.id and a.assessed_at < :end "
                        + "order by a.position desc fetch first 1 row only) "
                        + "from risk r join project p on p.id = r.project "
                        + "where r.kind = 'THREAT' and r.created_at < :end and (r.state = 'OPEN' or r.updated_at >= :end) "
                        + "order by r.id")
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .query((rs, row) -> {
                    int score = rs.getInt(5);
                    if (rs.wasNull()) return null;
                    return new MeasureSample("risk_exposure", "risk:" + rs.getLong(1),
                            rs.getString(3) + " · " + rs.getString(4), "/projects/" + rs.getLong(2) + "/risks", score);
                }).list().stream().filter(java.util.Objects::nonNull).toList();
    }
}
