package org.lodestar.status.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lodestar.portfolio.Reference;
import org.lodestar.status.NotificationKind;
import org.lodestar.status.NotificationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The in-app notifications ({@code notification}). */
@Component
public class NotificationStore {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long recipient, NotificationKind kind, long project, Long report, LocalDate period, String detail,
                    Instant now) {
        jdbc.sql("insert into notification (recipient, kind, project, report, period_end, detail, created_at) "
                        + "values (:recipient, :kind, :project, :report, :period, :detail, :at)")
                .param("recipient", recipient).param("kind", kind.name()).param("project", project)
                .param("report", report).param("period", period).param("detail", detail)
                .param("at", Timestamp.from(now)).update();
    }

    /** Whether the project's people were already reminded of this kind for the period (reminders go out once). */
    public boolean sent(NotificationKind kind, long project, LocalDate period) {
        return jdbc.sql("select count(*) from notification where project = :project and kind = :kind "
                        + "and period_end = :period")
                .param("project", project).param("kind", kind.name()).param("period", period)
                .query(Long.class).single() > 0;
    }

    public List<NotificationView> of(long recipient, int limit) {
        return jdbc.sql("select n.id, n.kind, p.id, p.code, p.name, n.report, n.period_end, n.detail, n.created_at, "
                        + "n.read_at from notification n join project p on p.id = n.project "
                        + "where n.recipient = :recipient order by n.created_at desc, n.id desc limit :limit")
                .param("recipient", recipient).param("limit", limit)
                .query((rs, row) -> new NotificationView(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)),
                        new Reference(rs.getLong(3), rs.getString(4), rs.getString(5)), rs.getObject(6, Long.class),
                        rs.getObject(7, LocalDate.class), rs.getString(8), rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10) != null))
                .list();
    }

    public long unread(long recipient) {
        return jdbc.sql("select count(*) from notification where recipient = :recipient and read_at is null")
                .param("recipient", recipient).query(Long.class).single();
    }

    public void markRead(long recipient, Instant now) {
        jdbc.sql("update notification set read_at = :now where recipient = :recipient and read_at is null")
                .param("now", Timestamp.from(now)).param("recipient", recipient).update();
    }
}
