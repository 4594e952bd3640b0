package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.lodestar.support.MigrationDatabase;

/**
 * V9 moves status's notifications and intake's notices into the one inbox: run on a database of its own (H2, or a
 * fresh PostgreSQL schema), migrated to V7, filled with the old rows, then migrated to the end.
 */
class InboxMigrationIntegrationTests {

    private static final String[] OLD_ROWS = {
        "insert into app_user (id, username, display_name, enabled, version, created_at, updated_at) values "
                + "(901, 'pm', 'Pat Manager', true, 0, timestamp '2026-01-01 00:00:00', timestamp '2026-01-01 00:00:00')",
        "insert into app_user (id, username, display_name, preferred_locale, enabled, version, created_at, updated_at) "
                + "values (902, 'rq', 'Rae Quest', 'xx', true, 0, timestamp '2026-01-01 00:00:00', "
                + "timestamp '2026-01-01 00:00:00')",
        "insert into portfolio (id, code, name, version, created_at, updated_at) values (911, 'DIG', 'Digital', 0, "
                + "timestamp '2026-01-01 00:00:00', timestamp '2026-01-01 00:00:00')",
        "insert into project (id, code, name, portfolio, phase, state, priority, currency, version, created_at, "
                + "updated_at) values (921, 'PRJ-0921', 'Billing', 911, 'EXECUTION', 'ACTIVE', 'HIGH', 'EUR', 0, "
                + "timestamp '2026-01-01 00:00:00', timestamp '2026-01-01 00:00:00')",
        "insert into status_report (id, project, period_end, revision, state, superseded, late, version, created_at, "
                + "updated_at) values (931, 921, date '2026-02-27', 1, 'RETURNED', false, false, 2, "
                + "timestamp '2026-02-27 10:00:00', timestamp '2026-02-27 10:00:00')",
        "insert into notification (recipient, kind, project, report, period_end, detail, created_at, read_at) values "
                + "(901, 'RETURNED', 921, 931, date '2026-02-27', 'Give the new date', "
                + "timestamp '2026-02-28 09:00:00', timestamp '2026-02-28 10:00:00')",
        "insert into notification (recipient, kind, project, report, period_end, detail, created_at) values "
                + "(901, 'OVERDUE', 921, null, date '2026-03-06', null, timestamp '2026-03-07 09:00:00')",
        "insert into project_request (id, code, request_type, title, requester, currency, discount_rate, state, "
                + "state_since, version, created_at, updated_at) select 941, 'REQ-0941', min(id), 'Loyalty app', 902, "
                + "'EUR', 0.08, 'APPROVED', timestamp '2026-03-01 00:00:00', 3, timestamp '2026-02-01 00:00:00', "
                + "timestamp '2026-03-01 00:00:00' from request_type",
        "insert into intake_notice (recipient, project_request, kind, created_at) values "
                + "(902, 941, 'APPROVED', timestamp '2026-03-01 12:00:00')",
    };

    @Test
    void statusNotificationsAndIntakeNoticesBecomeNoticesWithTheirArguments() throws SQLException {
        MigrationDatabase database = MigrationDatabase.fresh("v9");
        database.migrate("7");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String row : OLD_ROWS) statement.execute(row);
        }

        database.migrate("latest");

        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            assertThat(MigrationDatabase.rows(statement, "select n.recipient, n.message_key, n.link, n.topic, n.topic_id, n.once_key, "
                    + "case when n.read_at is null then 'unread' else 'read' end from notice n order by n.created_at"))
                    .containsExactly(
                            "901|status.notification.RETURNED|/status/reports/931|project|921|null|read",
                            "902|intake.notice.APPROVED|/requests/941|projectRequest|941|null|unread",
                            "901|status.notification.OVERDUE|/projects/921/status|project|921|status.OVERDUE:921:2026-03-06|unread");
            assertThat(MigrationDatabase.rows(statement, "select a.argument_value from notice_argument a join notice n on n.id = a.notice "
                    + "order by n.created_at, a.position"))
                    .containsExactly("PRJ-0921", "Billing", "2026-02-27", "Give the new date",
                            "REQ-0941", "Loyalty app",
                            "PRJ-0921", "Billing", "2026-03-06", "");
            assertThat(MigrationDatabase.rows(statement, "select coalesce(preferred_locale, 'none') from app_user where id = 902"))
                    .as("a language Lodestar does not speak is forgotten").containsExactly("none");
        }
    }
}
