package org.lodestar.resources;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.performance.KpiUnit;
import org.lodestar.performance.Measure;
import org.lodestar.performance.MeasureSample;
import org.lodestar.performance.MeasureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resources' measures for the period's month: each person of the pool (not retired, in the pool by the period's
 * end) with the full-time equivalent they work, and with the FTE allocated to them on projects, soft and hard
 * bookings alike. Capacity before absences, as allocations are made per month against it; the allocations as they
 * stand (a month's plan, not a record of what was known then).
 */
@Component
class UtilisationMeasures implements MeasureSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    UtilisationMeasures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Measure> measures() {
        return List.of(new Measure("resource_capacity_fte", KpiUnit.RATIO),
                new Measure("resource_allocated_fte", KpiUnit.RATIO));
    }

    @Override
    public List<MeasureSample> sample(LocalDate from, LocalDate to) {
        List<MeasureSample> samples = new ArrayList<>();
        jdbc.sql("select r.id, r.name, r.fte, (select sum(a.fte) from allocation a where a.resource = r.id "
                        + "and a.month_start = :month) "
                        + "from resource r where r.kind = 'PERSON' and not r.retired and r.fte > 0 "
                        + "and r.created_at < :end order by r.id")
                .param("month", from.withDayOfMonth(1))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .query(rs -> {
                    String subject = "resource:" + rs.getLong(1);
                    String href = "/resources/" + rs.getLong(1) + "/demand";
                    samples.add(new MeasureSample("resource_capacity_fte", subject, rs.getString(2), href,
                            rs.getBigDecimal(3).doubleValue()));
                    if (rs.getBigDecimal(4) != null) {
                        samples.add(new MeasureSample("resource_allocated_fte", subject, rs.getString(2), href,
                                rs.getBigDecimal(4).doubleValue()));
                    }
                });
        return samples;
    }
}
