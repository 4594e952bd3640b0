package org.lodestar.benefits.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every benefit with its measurements, in two queries however many there are: loading the aggregates through their
 * repository takes one more query per benefit (15,000 for the generated organisation, seconds of the roll-up).
 */
@Component
public class EveryBenefit {

    private final JdbcClient jdbc;

    EveryBenefit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every benefit, by id. */
    public List<Benefit> all() {
        Map<Long, List<BenefitMeasurement>> measured = new HashMap<>();
        jdbc.sql("select benefit, measured_on, measured, note, recorded_by from benefit_measurement "
                + "order by benefit, position").query((RowCallbackHandler) rs -> measured
                .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                .add(new BenefitMeasurement(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3), rs.getString(4),
                        rs.getObject(5, Long.class))));
        List<Benefit> benefits = new ArrayList<>();
        jdbc.sql("select id, project, title, benefit_type, measure, baseline_value, baseline_date, target_value, "
                + "target_date, owner, state, handed_over_on, version, created_at, updated_at from benefit order by id")
                .query((RowCallbackHandler) rs -> benefits.add(Benefit.loaded(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6),
                        rs.getObject(7, LocalDate.class), rs.getBigDecimal(8), rs.getObject(9, LocalDate.class),
                        rs.getObject(10, Long.class), rs.getString(11), rs.getObject(12, LocalDate.class),
                        rs.getLong(13), rs.getTimestamp(14).toInstant(), rs.getTimestamp(15).toInstant(),
                        measured.getOrDefault(rs.getLong(1), new ArrayList<>()))));
        return benefits;
    }
}
