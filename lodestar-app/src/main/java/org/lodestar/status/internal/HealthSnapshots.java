package org.lodestar.status.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lodestar.engine.health.Rag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored snapshot of computed health ({@code health_snapshot}): each open project's rating as of one round, and
 * the round ({@code health_snapshot_round}).
 */
@Component
public class HealthSnapshots {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    HealthSnapshots(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A round: when its measuring began and the day it measured for. */
    public record Round(Instant takenAt, LocalDate day) {
    }

    public Optional<Round> round() {
        return jdbc.sql("select taken_at, measured_on from health_snapshot_round where id = 1")
                .query((rs, row) -> new Round(rs.getTimestamp(1).toInstant(), rs.getDate(2).toLocalDate()))
                .optional();
    }

    /** Every stored rating by project; a project that no indicator measured maps to null. */
    public Map<Long, Rag> ratings() {
        Map<Long, Rag> ratings = new HashMap<>();
        jdbc.sql("select project, computed from health_snapshot").query(rs -> {
            String computed = rs.getString(2);
            ratings.put(rs.getLong(1), computed == null ? null : Rag.valueOf(computed));
        });
        return ratings;
    }

    /**
     * Replaces the snapshot with these ratings, writing only the rows that differ from the stored ones, and records
     * the round; all in one transaction, so a reader sees the former round or this one whole.
     */
    @Transactional
    public void store(Round round, Map<Long, Rag> ratings) {
        Map<Long, Rag> stored = ratings();
        List<Object[]> gone = new ArrayList<>();
        for (Long project : stored.keySet()) {
            if (!ratings.containsKey(project)) gone.add(new Object[] {project});
        }
        List<Object[]> added = new ArrayList<>();
        List<Object[]> changed = new ArrayList<>();
        ratings.forEach((project, rating) -> {
            String computed = rating == null ? null : rating.name();
            if (!stored.containsKey(project)) added.add(new Object[] {project, computed});
            else if (!Objects.equals(stored.get(project), rating)) changed.add(new Object[] {computed, project});
        });
        batch.batchUpdate("delete from health_snapshot where project = ?", gone);
        batch.batchUpdate("insert into health_snapshot (project, computed) values (?, ?)", added);
        batch.batchUpdate("update health_snapshot set computed = ? where project = ?", changed);
        int updated = jdbc.sql("update health_snapshot_round set taken_at = ?, measured_on = ? where id = 1")
                .params(Timestamp.from(round.takenAt()), Date.valueOf(round.day())).update();
        if (updated == 0) {
            jdbc.sql("insert into health_snapshot_round (id, taken_at, measured_on) values (1, ?, ?)")
                    .params(Timestamp.from(round.takenAt()), Date.valueOf(round.day())).update();
        }
    }
}
