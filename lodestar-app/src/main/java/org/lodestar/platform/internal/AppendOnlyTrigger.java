package org.lodestar.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's guard of the append-only audit trail: refuses every update and delete of an audit row (installed by
 * {@code db/dialect/h2/V3__audit_append_only.sql}; PostgreSQL has a PL/pgSQL trigger instead).
 */
public class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the audit trail is append-only: changing " + table + " is refused");
    }
}
