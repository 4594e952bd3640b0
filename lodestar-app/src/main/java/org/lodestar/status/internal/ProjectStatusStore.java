package org.lodestar.status.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What status keeps of one project, read and removed as a whole when the project is deleted. */
@Repository
public class ProjectStatusStore {

    private final JdbcClient jdbc;

    ProjectStatusStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A report of the project, as its audit entry names it. */
    public record StoredReport(long id, LocalDate periodEnd, int revision, String state) {
    }

    /** How many of the project's reports were published (superseded revisions included). */
    public long publishedReports(long project) {
        return jdbc.sql("select count(*) from status_report where project = :project and state = 'PUBLISHED'")
                .param("project", project).query(Long.class).single();
    }

    public List<StoredReport> reports(long project) {
        return jdbc.sql("select id, period_end, revision, state from status_report where project = :project order by id")
                .param("project", project)
                .query((rs, row) -> new StoredReport(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3),
                        rs.getString(4)))
                .list();
    }

    /** The period of the project's row in the latest-status table, or null when it has none. */
    public LocalDate latestPeriod(long project) {
        return jdbc.sql("select period_end from status_latest where project = :project").param("project", project)
                .query((rs, row) -> rs.getObject(1, LocalDate.class)).optional().orElse(null);
    }

    public boolean hasLatest(long project) {
        return jdbc.sql("select count(*) from status_latest where project = :project").param("project", project)
                .query(Long.class).single() > 0;
    }

    /** Deletes everything status keeps of the project: latest status, reports (with milestones). */
    public void deleteAll(long project) {
        jdbc.sql("delete from status_latest where project = :project").param("project", project).update();
        jdbc.sql("delete from status_report where project = :project").param("project", project).update();
    }
}
