package org.lodestar.planning.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Saved baselines of plans: per task the start, finish and duration they had when it was saved. */
@Repository
public class BaselineStore {

    /** A saved baseline (number 0 to 10 of its project). */
    public record Header(long id, long project, int number, String name, Instant savedAt, String savedBy) {
    }

    /** A task's values in a baseline; duration in working minutes. */
    public record Values(LocalDateTime start, LocalDateTime finish, int duration) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    BaselineStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public List<Header> list(long project) {
        return jdbc.sql("select id, project, baseline_number, name, saved_at, saved_by from baseline "
                        + "where project = :project order by baseline_number")
                .param("project", project)
                .query((rs, row) -> new Header(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    public Optional<Header> find(long project, int number) {
        return list(project).stream().filter(header -> header.number() == number).findFirst();
    }

    /** The task values of a baseline, by task id; empty when the project has no such baseline. */
    public Map<Long, Values> values(long project, int number) {
        Map<Long, Values> values = new HashMap<>();
        jdbc.sql("select t.task, t.start_at, t.finish_at, t.duration_minutes from baseline_task t "
                        + "join baseline b on b.id = t.baseline where b.project = :project and b.baseline_number = :number")
                .param("project", project).param("number", number)
                .query(rs -> {
                    values.put(rs.getLong(1), new Values(rs.getTimestamp(2).toLocalDateTime(),
                            rs.getTimestamp(3).toLocalDateTime(), rs.getInt(4)));
                });
        return values;
    }

    /** Saves baseline {@code number} of the project, replacing one saved under that number before. */
    public Header save(long project, int number, String name, Instant savedAt, String savedBy,
                       Map<Long, Values> tasks) {
        delete(project, number);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into baseline (project, baseline_number, name, saved_at, saved_by) "
                        + "values (:project, :number, :name, :at, :by)")
                .param("project", project).param("number", number).param("name", name)
                .param("at", Timestamp.from(savedAt)).param("by", savedBy)
                .update(key, "id");
        long id = key.getKey().longValue();
        SqlParameterSource[] rows = tasks.entrySet().stream().map(task -> new MapSqlParameterSource()
                        .addValue("baseline", id).addValue("task", task.getKey())
                        .addValue("start", Timestamp.valueOf(task.getValue().start()))
                        .addValue("finish", Timestamp.valueOf(task.getValue().finish()))
                        .addValue("duration", task.getValue().duration()))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("insert into baseline_task (baseline, task, start_at, finish_at, duration_minutes) "
                + "values (:baseline, :task, :start, :finish, :duration)", rows);
        return new Header(id, project, number, name, savedAt, savedBy);
    }

    public boolean delete(long project, int number) {
        return jdbc.sql("delete from baseline where project = :project and baseline_number = :number")
                .param("project", project).param("number", number).update() > 0;
    }
}
