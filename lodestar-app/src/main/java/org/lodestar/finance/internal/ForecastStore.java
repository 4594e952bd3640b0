package org.lodestar.finance.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Projects' forecast versions and their lines ({@code forecast_version}, {@code forecast_line}). */
@Component
public class ForecastStore {

    private final JdbcClient jdbc;

    ForecastStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Line(LocalDate month, BigDecimal amount) {
    }

    public record Stored(long id, int number, LocalDate period, String note, Instant createdAt, String createdBy,
                         List<Line> lines) {
    }

    /** The project's versions, newest first. */
    public List<Stored> forProject(long project) {
        record Header(long id, int number, LocalDate period, String note, Instant createdAt, String createdBy) {
        }
        List<Header> headers = jdbc.sql("select id, number, period, note, created_at, created_by from forecast_version "
                        + "where project = :p order by number desc")
                .param("p", project)
                .query((rs, row) -> new Header(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
        Map<Long, List<Line>> lines = new LinkedHashMap<>();
        jdbc.sql("select l.forecast, l.period_month, l.amount from forecast_line l join forecast_version v "
                        + "on v.id = l.forecast where v.project = :p order by l.forecast, l.period_month")
                .param("p", project)
                .query((rs, row) -> lines.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(new Line(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3))))
                .list();
        return headers.stream().map(header -> new Stored(header.id(), header.number(), header.period(),
                header.note(), header.createdAt(), header.createdBy(),
                List.copyOf(lines.getOrDefault(header.id(), List.of())))).toList();
    }

    public boolean hasPeriod(long project, LocalDate period) {
        return jdbc.sql("select count(*) from forecast_version where project = :p and period = :d")
                .param("p", project).param("d", period).query(Long.class).single() > 0;
    }

    public int nextNumber(long project) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from forecast_version where project = :p")
                .param("p", project).query(Integer.class).single();
    }

    public long insert(long project, int number, LocalDate period, String note, Instant createdAt, String createdBy,
                       List<Line> lines) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into forecast_version (project, number, period, note, created_at, created_by) "
                        + "values (:p, :n, :d, :note, :at, :by)")
                .param("p", project).param("n", number).param("d", period).param("note", note)
                .param("at", Timestamp.from(createdAt)).param("by", createdBy)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Line line : lines) {
            jdbc.sql("insert into forecast_line (forecast, period_month, amount) values (:f, :m, :a)")
                    .param("f", id).param("m", line.month()).param("a", line.amount()).update();
        }
        return id;
    }
}
