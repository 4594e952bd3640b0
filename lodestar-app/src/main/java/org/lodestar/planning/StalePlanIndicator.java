package org.lodestar.planning;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lodestar.status.HealthIndicatorSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A stale plan, for status's computed health: the days by which the plan's status date (the day its progress was
 * last brought up to) lags today. A plan whose progress is older than a reporting period says nothing true about
 * the project's dates, whatever else it computes: amber past a monthly period and its grace (35 days), red past two.
 * Plans without a status date are not measured.
 */
@Component
class StalePlanIndicator implements HealthIndicatorSource {

    static final String KEY = "planning.stalePlan";

    private final JdbcClient jdbc;

    StalePlanIndicator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record StatusDate(long project, LocalDate day) {
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(KEY, "days", 35, 63));
    }

    @Override
    public List<Measurement> measure(Collection<Long> projects, LocalDate today) {
        Set<Long> wanted = new HashSet<>(projects);
        List<Measurement> measurements = new ArrayList<>();
        for (StatusDate plan : jdbc.sql("select project, status_date from plan where status_date is not null")
                .query((row, n) -> new StatusDate(row.getLong("project"),
                        row.getObject("status_date", Timestamp.class).toLocalDateTime().toLocalDate())).list()) {
            if (!wanted.contains(plan.project())) continue;
            long lag = Math.max(0, ChronoUnit.DAYS.between(plan.day(), today));
            measurements.add(new Measurement(plan.project(), KEY, lag, List.of(
                    new Input("statusDate", plan.day().toString()), new Input("today", today.toString()))));
        }
        return measurements;
    }
}
