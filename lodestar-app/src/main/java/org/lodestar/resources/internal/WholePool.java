package org.lodestar.resources.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestar.platform.IdList;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every resource of the pool, read in five queries however large the pool is. Loading the aggregates through their
 * repository takes four more queries per resource (roles, skills, absences, rates): 20,000 for a pool of 5,000
 * people, on every read of the capacity views and of the over-allocation the dashboard computes.
 */
@Component
public class WholePool {

    private final JdbcClient jdbc;

    WholePool(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every resource, retired ones too, by name then id. */
    public List<Resource> byName() {
        return byName(null);
    }

    /** These resources alone (every one when null), by name then id. */
    public List<Resource> byName(IdList only) {
        if (only != null && only.isEmpty()) return List.of();
        Map<Long, Set<ResourceRole>> roles = children("select resource, role from resource_role", only,
                rs -> new ResourceRole(rs.getString(2)));
        Map<Long, Set<ResourceSkill>> skills = children("select resource, skill, level from resource_skill", only,
                rs -> new ResourceSkill(rs.getString(2), rs.getInt(3)));
        Map<Long, Set<ResourceAbsence>> absences = children(
                "select resource, first_day, last_day, reason from resource_absence", only,
                rs -> new ResourceAbsence(rs.getObject(2, java.time.LocalDate.class),
                        rs.getObject(3, java.time.LocalDate.class), rs.getString(4)));
        Map<Long, Set<ResourceRate>> rates = children(
                "select resource, effective_from, amount, currency from resource_rate", only,
                rs -> new ResourceRate(rs.getObject(2, java.time.LocalDate.class), rs.getBigDecimal(3),
                        rs.getString(4)));
        List<Resource> pool = new ArrayList<>();
        var query = jdbc.sql("select id, kind, name, user_id, business_unit, hours_per_day, fte, retired, version, "
                + "created_at, updated_at from resource" + (only == null ? "" : only.where("id"))
                + " order by name, id");
        (only == null ? query : only.bind(query)).query((RowCallbackHandler) rs -> {
            long id = rs.getLong(1);
            if (only != null && !only.keeps(id)) return;
            pool.add(Resource.loaded(id, rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
                    rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBoolean(8), rs.getLong(9),
                    rs.getTimestamp(10).toInstant(), rs.getTimestamp(11).toInstant(),
                    roles.getOrDefault(id, new LinkedHashSet<>()), skills.getOrDefault(id, new LinkedHashSet<>()),
                    absences.getOrDefault(id, new LinkedHashSet<>()), rates.getOrDefault(id, new LinkedHashSet<>())));
        });
        return pool;
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> Map<Long, Set<T>> children(String sql, IdList only, Row<T> row) {
        Map<Long, Set<T>> byResource = new HashMap<>();
        var query = jdbc.sql(sql + (only == null ? "" : only.where("resource")));
        (only == null ? query : only.bind(query)).query((RowCallbackHandler) rs -> {
            if (only == null || only.keeps(rs.getLong(1))) {
                byResource.computeIfAbsent(rs.getLong(1), id -> new LinkedHashSet<>()).add(row.read(rs));
            }
        });
        return byResource;
    }
}
