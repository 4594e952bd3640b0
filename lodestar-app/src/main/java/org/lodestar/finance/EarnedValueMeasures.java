package org.lodestar.finance;

import java.math.BigDecimal;
import java.math.MathContext;
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
 * Finance's measures, from the earned value recorded for the period's month: each project's CPI (EV / AC), SPI
 * (EV / PV) and budget variance at completion (EAC − BAC, in percent of BAC), each where its divisor is above zero
 * and its parts are known, from a position taken by the period's end (a month recorded later, by an import,
 * counts as of its status date). Ratios of amounts in one currency, so no conversion is needed.
 */
@Component
class EarnedValueMeasures implements MeasureSource {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;

    EarnedValueMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Measure> measures() {
        return List.of(new Measure("cpi", KpiUnit.RATIO), new Measure("spi", KpiUnit.RATIO),
                new Measure("budget_variance", KpiUnit.PERCENT));
    }

    @Override
    public List<MeasureSample> sample(LocalDate from, LocalDate to) {
        List<MeasureSample> samples = new ArrayList<>();
        jdbc.sql("select e.project, p.code, p.name, e.bac, e.pv, e.ev, e.ac, e.eac from earned_value_period e "
                        + "join project p on p.id = e.project where e.period = :period and e.status_date <= :to "
                        + "order by e.project")
                .param("period", from.withDayOfMonth(1))
                .param("to", to)
                .query(rs -> {
                    String subject = "project:" + rs.getLong(1);
                    String label = rs.getString(2) + " " + rs.getString(3);
                    String href = "/projects/" + rs.getLong(1) + "/finance";
                    BigDecimal bac = rs.getBigDecimal(4);
                    BigDecimal pv = rs.getBigDecimal(5);
                    BigDecimal ev = rs.getBigDecimal(6);
                    BigDecimal ac = rs.getBigDecimal(7);
                    BigDecimal eac = rs.getBigDecimal(8);
                    if (ev != null && ac.signum() > 0) samples.add(sample("cpi", subject, label, href, ev.divide(ac, MathContext.DECIMAL64)));
                    if (ev != null && pv.signum() > 0) samples.add(sample("spi", subject, label, href, ev.divide(pv, MathContext.DECIMAL64)));
                    if (eac != null && bac.signum() > 0) {
                        samples.add(sample("budget_variance", subject, label, href,
                                eac.subtract(bac).multiply(HUNDRED).divide(bac, MathContext.DECIMAL64)));
                    }
                });
        return samples;
    }

    private static MeasureSample sample(String measure, String subject, String label, String href, BigDecimal value) {
        return new MeasureSample(measure, subject, label, href, value.doubleValue());
    }
}
