package org.lodestar.performance.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestar.performance.MeasureSample;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The KPI time series: the computed periods, each period's measure samples and each KPI's value. */
@Repository
public class KpiSeries {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    KpiSeries(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    public record Period(LocalDate period, LocalDate asOf) {
    }

    /** Every computed period, oldest first. */
    public List<Period> periods() {
        return jdbc.sql("select period, as_of from kpi_period order by period")
                .query((rs, row) -> new Period(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class))).list();
    }

    public Optional<Period> period(LocalDate period) {
        return jdbc.sql("select period, as_of from kpi_period where period = :period").param("period", period)
                .query((rs, row) -> new Period(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class))).optional();
    }

    /** Replaces a period's samples (its values go with them, to be put again). */
    public void replace(LocalDate period, LocalDate asOf, Instant now, List<MeasureSample> samples) {
        jdbc.sql("delete from kpi_period where period = :period").param("period", period).update();
        jdbc.sql("insert into kpi_period (period, as_of, computed_at) values (:period, :asOf, :now)")
                .param("period", period).param("asOf", asOf).param("now", Timestamp.from(now)).update();
        batches.batchUpdate("insert into measure_sample (period, measure, subject, label, href, amount) "
                + "values (?, ?, ?, ?, ?, ?)", samples, 500, (statement, sample) -> {
            statement.setObject(1, period);
            statement.setString(2, sample.measure());
            statement.setString(3, sample.subject());
            statement.setString(4, sample.label().length() > 300 ? sample.label().substring(0, 300) : sample.label());
            statement.setString(5, sample.href());
            statement.setBigDecimal(6, BigDecimal.valueOf(sample.value()));
        });
    }

    /** A period's samples of these measures, each measure's in the order of their subjects' labels. */
    public List<MeasureSample> samples(LocalDate period, Collection<String> measures) {
        if (measures.isEmpty()) return List.of();
        return jdbc.sql("select measure, subject, label, href, amount from measure_sample "
                        + "where period = :period and measure in (:measures) order by measure, label, subject")
                .param("period", period).param("measures", measures)
                .query((rs, row) -> new MeasureSample(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5).doubleValue())).list();
    }

    /** A period's values of these measures, as a formula reads them. */
    public Map<String, double[]> values(LocalDate period, Collection<String> measures) {
        Map<String, List<Double>> lists = new HashMap<>();
        for (MeasureSample sample : samples(period, measures)) {
            lists.computeIfAbsent(sample.measure(), m -> new ArrayList<>()).add(sample.value());
        }
        Map<String, double[]> values = new HashMap<>();
        lists.forEach((measure, list) -> values.put(measure, list.stream().mapToDouble(Double::doubleValue).toArray()));
        return values;
    }

    public void putValue(long kpi, LocalDate period, Double value) {
        jdbc.sql("delete from kpi_value where kpi = :kpi and period = :period").param("kpi", kpi).param("period", period)
                .update();
        jdbc.sql("insert into kpi_value (kpi, period, kpi_value) values (:kpi, :period, :value)")
                .param("kpi", kpi).param("period", period)
                .param("value", value == null ? null : BigDecimal.valueOf(value)).update();
    }

    /** Every KPI's values by period, oldest first; a period without data maps to null. */
    public Map<Long, Map<LocalDate, Double>> history() {
        Map<Long, Map<LocalDate, Double>> history = new HashMap<>();
        jdbc.sql("select kpi, period, kpi_value from kpi_value order by period").query(rs -> {
            BigDecimal value = rs.getBigDecimal(3);
            history.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                    .put(rs.getObject(2, LocalDate.class), value == null ? null : value.doubleValue());
        });
        return history;
    }
}
