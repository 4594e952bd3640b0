package org.lodestar.status.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.lodestar.engine.health.Rag;
import org.lodestar.status.Dimension;
import org.lodestar.status.HistoricReport;
import org.lodestar.status.MilestoneLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes published reports of the past in JDBC batches (thousands a second), then makes each project's newest
 * one its latest status; used by the demo and the benchmark generator, never for reports people write.
 */
@Component
public class HistoryImport {

    private static final String INSERT = "insert into status_report (project, period_end, revision, state, superseded, "
            + "late, overall, overall_comment, schedule, schedule_comment, cost, cost_comment, scope, scope_comment, "
            + "resources, resources_comment, risks, risks_comment, quality, quality_comment, accomplishments, "
            + "next_steps, decisions, key_risks, percent_complete, actual_cost, forecast_finish, forecast_cost, "
            + "author, reviewer, submitted_at, reviewed_at, published_at, version, created_at, updated_at) "
            + "values (?, ?, 1, 'PUBLISHED', false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, 1, ?, ?)";

    private final JdbcTemplate jdbc;
    private final LatestStatus latest;

    HistoryImport(JdbcTemplate jdbc, LatestStatus latest) {
        this.jdbc = jdbc;
        this.latest = latest;
    }

    public void insert(List<HistoricReport> reports) {
        jdbc.batchUpdate(INSERT, reports, 1000, this::bind);
        List<Object[]> milestones = new ArrayList<>();
        for (HistoricReport report : reports) {
            if (report.milestones().isEmpty()) continue;
            Long id = jdbc.queryForObject("select id from status_report where project = ? and period_end = ? "
                    + "and revision = 1", Long.class, report.project(), report.periodEnd());
            int position = 0;
            for (MilestoneLine line : report.milestones()) {
                milestones.add(new Object[] {id, position++, line.name(), line.due(), line.forecast(), line.done()});
            }
        }
        if (!milestones.isEmpty()) {
            jdbc.batchUpdate("insert into status_report_milestone (report, position, name, due, forecast, done) "
                    + "values (?, ?, ?, ?, ?, ?)", milestones);
        }
    }

    /** Makes each project's newest published report its latest status. */
    public void refreshLatest(Collection<Long> projects) {
        List<Object[]> ids = projects.stream().map(project -> new Object[] {project}).toList();
        jdbc.batchUpdate("delete from status_latest where project = ?", ids);
        jdbc.batchUpdate("insert into status_latest (project, last_submitted_period, report, period_end, overall, "
                + "schedule, cost, scope, resources, risks, quality, percent_complete, actual_cost, forecast_cost, "
                + "forecast_finish, published_at) select r.project, r.period_end, r.id, r.period_end, r.overall, "
                + "r.schedule, r.cost, r.scope, r.resources, r.risks, r.quality, r.percent_complete, r.actual_cost, "
                + "r.forecast_cost, r.forecast_finish, r.published_at from status_report r where r.project = ? "
                + "and r.state = 'PUBLISHED' and r.superseded = false and r.period_end = (select max(x.period_end) "
                + "from status_report x where x.project = r.project and x.state = 'PUBLISHED') "
                + "and r.revision = (select max(y.revision) from status_report y where y.project = r.project "
                + "and y.period_end = r.period_end and y.state = 'PUBLISHED')", ids);
        projects.forEach(latest::refreshRecent);
        latest.refreshReportedHealth(projects);
    }

    private void bind(PreparedStatement statement, HistoricReport report) throws SQLException {
        int i = 1;
        statement.setLong(i++, report.project());
        statement.setObject(i++, report.periodEnd());
        boolean late = report.submittedAt() != null
                && report.submittedAt().atZone(ZoneOffset.UTC).toLocalDate().isAfter(report.periodEnd());
        statement.setBoolean(i++, late);
        i = rating(statement, i, report.overall(), report.comments().get("overall"));
        for (Dimension dimension : Dimension.values()) {
            i = rating(statement, i, report.ratings().get(dimension), report.comments().get(dimension.field()));
        }
        statement.setString(i++, report.accomplishments());
        statement.setString(i++, report.nextSteps());
        statement.setString(i++, report.keyRisks());
        if (report.percentComplete() == null) statement.setNull(i++, Types.INTEGER);
        else statement.setInt(i++, report.percentComplete());
        statement.setBigDecimal(i++, report.actualCost());
        statement.setObject(i++, report.forecastFinish());
        statement.setBigDecimal(i++, report.forecastCost());
        setLong(statement, i++, report.author());
        setLong(statement, i++, report.reviewer());
        statement.setTimestamp(i++, Timestamp.from(report.submittedAt()));
        statement.setTimestamp(i++, Timestamp.from(report.publishedAt()));
        statement.setTimestamp(i++, Timestamp.from(report.publishedAt()));
        statement.setTimestamp(i++, Timestamp.from(report.submittedAt()));
        statement.setTimestamp(i, Timestamp.from(report.publishedAt()));
    }

    private static int rating(PreparedStatement statement, int i, Rag rag, String comment) throws SQLException {
        statement.setString(i++, rag == null ? null : rag.name());
        statement.setString(i++, comment);
        return i;
    }

    private static void setLong(PreparedStatement statement, int i, Long value) throws SQLException {
        if (value == null) statement.setNull(i, Types.BIGINT);
        else statement.setLong(i, value);
    }
}
