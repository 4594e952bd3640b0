package org.lodestar.portfolio;

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
 * The registry's measures: each project closed that finished in the period, with its days past the planned finish
 * (negative when early), and each of them finished on time (by its planned finish). A closed project without a
 * planned finish has no date to be on time against and is left out.
 */
@Component
class DeliveryMeasures implements MeasureSource {

    private final JdbcClient jdbc;

    DeliveryMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Measure> measures() {
        return List.of(new Measure("project_finished", KpiUnit.DAYS), new Measure("project_finished_on_time", KpiUnit.COUNT));
    }

    @Override
    public List<MeasureSample> sample(LocalDate from, LocalDate to) {
        return jdbc.sql("select id, code, name, planned_finish, actual_finish from project where state = 'CLOSED' "
                        + "and actual_finish between :from and :to and planned_finish is not null order by id")
                .param("from", from).param("to", to)
                .query((rs, row) -> {
                    String subject = "project:" + rs.getLong(1);
                    String label = rs.getString(2) + " " + rs.getString(3);
                    String href = "/projects/" + rs.getLong(1);
                    long late = ChronoUnit.DAYS.between(rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class));
                    MeasureSample finished = new MeasureSample("project_finished", subject, label, href, late);
                    return late <= 0
                            ? List.of(finished, new MeasureSample("project_finished_on_time", subject, label, href, 1))
                            : List.of(finished);
                }).list().stream().flatMap(List::stream).toList();
    }
}
