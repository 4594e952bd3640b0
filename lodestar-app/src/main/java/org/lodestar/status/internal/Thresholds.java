package org.lodestar.status.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The thresholds the PMO set for indicators ({@code health_threshold}), with optimistic locking by version. */
@Component
public class Thresholds {

    private final JdbcClient jdbc;

    Thresholds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(double amberAt, double redAt, long version) {
    }

    public Map<String, Stored> all() {
        Map<String, Stored> stored = new HashMap<>();
        jdbc.sql("select indicator, amber_at, red_at, version from health_threshold")
                .query(rs -> {
                    stored.put(rs.getString(1), new Stored(rs.getDouble(2), rs.getDouble(3), rs.getLong(4)));
                });
        return stored;
    }

    /** Stores new thresholds made from {@code fromVersion} (0 when none were stored); false when someone was first. */
    public boolean store(String indicator, double amberAt, double redAt, long fromVersion) {
        if (fromVersion == 0) {
            if (all().containsKey(indicator)) return false;
            jdbc.sql("insert into health_threshold (indicator, amber_at, red_at, version) values (:i, :a, :r, 1)")
                    .param("i", indicator).param("a", amberAt).param("r", redAt).update();
            return true;
        }
        return jdbc.sql("update health_threshold set amber_at = :a, red_at = :r, version = version + 1 "
                        + "where indicator = :i and version = :v")
                .param("i", indicator).param("a", amberAt).param("r", redAt).param("v", fromVersion).update() == 1;
    }
}
