package org.lodestar.change.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.lodestar.change.ChangeThresholds;
import org.lodestar.platform.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of the PMO's change thresholds (seeded by the migration). */
@Repository
public class ThresholdStore {

    private final JdbcClient jdbc;

    ThresholdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ChangeThresholds current() {
        return jdbc.sql("select cost_amount, schedule_days, version from change_threshold where id = 1")
                .query((rs, n) -> new ChangeThresholds(plain(rs.getBigDecimal(1)), rs.getInt(2),
                        rs.getLong(3)))
                .single();
    }

    /** Stores new thresholds changed from {@code version}; stale when someone changed them meanwhile. */
    public ChangeThresholds save(BigDecimal cost, int days, long version, Instant now) {
        int updated = jdbc.sql("update change_threshold set cost_amount = ?, schedule_days = ?, version = version + 1,"
                        + " updated_at = ? where id = 1 and version = ?")
                .params(cost, days, Timestamp.from(now), version).update();
        if (updated == 0) throw new StaleVersionException("change thresholds", current().version());
        return current();
    }

    /** The amount without trailing zeros, never in exponent notation (50000, not 5E+4). */
    public static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
