package org.lodestar.finance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Projects' recorded earned value, one row per project and reporting period ({@code earned_value_period}). */
@Component
public class EarnedValueHistoryStore {

    private static final String COLUMNS = "id, project, period, status_date, currency, bac, pv, ev, ac, eac, es, "
            + "actual_time, report, version, recorded_at, recorded_by";

    private final JdbcClient jdbc;

    EarnedValueHistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of one period, in {@code currency}; ev, eac, es and actualTime may be null. */
    public record Figures(LocalDate statusDate, String currency, BigDecimal bac, BigDecimal pv, BigDecimal ev,
                          BigDecimal ac, BigDecimal eac, BigDecimal es, BigDecimal actualTime, Long report) {
    }

    public record Stored(long id, long project, LocalDate period, Figures figures, long version, Instant recordedAt,
                         String recordedBy) {
    }

    /** A project's periods, oldest first. */
    public List<Stored> forProject(long project) {
        return jdbc.sql("select " + COLUMNS + " from earned_value_period where project = :p order by period")
                .param("p", project).query(EarnedValueHistoryStore::row).list();
    }

    /** The periods of several projects, by project then period. */
    public List<Stored> forProjects(Collection<Long> projects) {
        if (projects.isEmpty()) return List.of();
        return jdbc.sql("select " + COLUMNS + " from earned_value_period where project in (:p) "
                        + "order by project, period")
                .param("p", projects).query(EarnedValueHistoryStore::row).list();
    }

    /** The project's row for the period, locked until the transaction ends (a replacement reads it first). */
    public Optional<Stored> forPeriod(long project, LocalDate period) {
        return jdbc.sql("select " + COLUMNS + " from earned_value_period where project = :p and period = :d "
                        + "for update")
                .param("p", project).param("d", period).query(EarnedValueHistoryStore::row).optional();
    }

    public long insert(long project, LocalDate period, Figures figures, Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into earned_value_period (project, period, status_date, currency, bac, pv, ev, ac, eac, es, "
                        + "actual_time, report, version, recorded_at, recorded_by) values (:p, :d, :s, :c, :bac, :pv, "
                        + ":ev, :ac, :eac, :es, :at, :r, 0, :when, :by)")
                .param("p", project).param("d", period).params(figures(figures))
                .param("when", Timestamp.from(at)).param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Replaces a period's figures; false when its version moved on meanwhile. */
    public boolean replace(long id, long version, Figures figures, Instant at, String by) {
        return jdbc.sql("update earned_value_period set status_date = :s, currency = :c, bac = :bac, pv = :pv, "
                        + "ev = :ev, ac = :ac, eac = :eac, es = :es, actual_time = :at, report = :r, "
                        + "version = version + 1, recorded_at = :when, recorded_by = :by "
                        + "where id = :id and version = :v")
                .params(figures(figures)).param("when", Timestamp.from(at)).param("by", by)
                .param("id", id).param("v", version).update() == 1;
    }

    private static java.util.Map<String, Object> figures(Figures f) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("s", f.statusDate());
        values.put("c", f.currency());
        values.put("bac", f.bac());
        values.put("pv", f.pv());
        values.put("ev", f.ev());
        values.put("ac", f.ac());
        values.put("eac", f.eac());
        values.put("es", f.es());
        values.put("at", f.actualTime());
        values.put("r", f.report());
        return values;
    }

    private static Stored row(ResultSet rs, int row) throws SQLException {
        long report = rs.getLong(13);
        Long reportId = rs.wasNull() ? null : report;
        return new Stored(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), new Figures(
                rs.getObject(4, LocalDate.class), rs.getString(5).strip(), rs.getBigDecimal(6), rs.getBigDecimal(7),
                rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                rs.getBigDecimal(12), reportId), rs.getLong(14), rs.getTimestamp(15).toInstant(), rs.getString(16));
    }
}
