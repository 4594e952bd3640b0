package org.lodestar.benefits;

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
 * The measure behind the KPI of benefits realised against planned: each benefit measured by the period's end, with
 * its latest realisation by then (percent of the way from its baseline to its target).
 */
@Component
class BenefitMeasures implements MeasureSource {

    private final JdbcClient jdbc;

    BenefitMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Measure> measures() {
        return List.of(new Measure("benefit_realisation", KpiUnit.PERCENT));
    }

    @Override
    public List<MeasureSample> sample(LocalDate from, LocalDate to) {
        List<MeasureSample> samples = new ArrayList<>();
        jdbc.sql("select b.id, b.project, p.code, b.title, b.baseline_value, b.target_value, m.measured "
                        + "from benefit b join project p on p.id = b.project "
                        + "join benefit_measurement m on m.benefit = b.id where m.measured_on <= :to "
                        + "order by b.id, m.measured_on, m.position")
                .param("to", to)
                .query(rs -> {
                    String subject = "benefit:" + rs.getLong(1);
                    MeasureSample sample = new MeasureSample("benefit_realisation", subject,
                            rs.getString(3) + " · " + rs.getString(4), "/projects/" + rs.getLong(2) + "/benefits",
                            Realisation.percent(rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)));
                    // rows come by benefit and date: the last of each benefit stands
                    if (!samples.isEmpty() && samples.get(samples.size() - 1).subject().equals(subject)) {
                        samples.set(samples.size() - 1, sample);
                    } else {
                        samples.add(sample);
                    }
                });
        return samples;
    }
}
