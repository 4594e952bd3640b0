package org.lodestar.status.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dashboard's reads over many reports, each one query narrowed by period and the project filter. */
@Component
public class DashboardQueries {

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which projects: by portfolio and programme (each optional), as SQL over {@code project p}. */
    public record Scope(Long portfolio, Long programme) {
        String where() {
            return (portfolio != null ? " and p.portfolio = :portfolio" : "")
                    + (programme != null ? " and p.programme = :programme" : "");
        }

        /** The join to {@code project p} on {@code column}, needed only to narrow by portfolio or programme. */
        String join(String column) {
            return portfolio == null && programme == null ? "" : " join project p on p.id = " + column;
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            if (portfolio != null) statement = statement.param("portfolio", portfolio);
            if (programme != null) statement = statement.param("programme", programme);
            return statement;
        }
    }

    /** A late report: id, project, period. */
    public record Late(long report, long project, LocalDate periodEnd) {
    }

    public List<Late> lateSince(Scope scope, LocalDate after, int limit) {
        return scope.bind(jdbc.sql("select r.id, r.project, r.period_end from status_report r" + scope.join("r.project")
                        + " where r.late = true and r.superseded = false and r.period_end > :after" + scope.where()
                        + " order by r.period_end desc, r.id desc limit :limit")
                .param("after", after).param("limit", limit))
                .query((rs, row) -> new Late(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** The risks comment and key risks text of these reports, by report id. */
    public Map<Long, String[]> riskTexts(List<Long> reports) {
        Map<Long, String[]> texts = new HashMap<>();
        if (reports.isEmpty()) return texts;
        jdbc.sql("select id, risks_comment, key_risks from status_report where id in (:ids)").param("ids", reports)
                .query(rs -> {
                    texts.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        return texts;
    }

    /** A milestone of a project's latest published report. */
    public record Milestone(long project, String name, LocalDate due, LocalDate forecast) {
    }

    /** Open milestones of the latest published reports expected (forecast, else due) between the days. */
    public List<Milestone> milestonesDue(Scope scope, LocalDate from, LocalDate to, int limit) {
        List<Milestone> found = new ArrayList<>();
        scope.bind(jdbc.sql("select l.project, m.name, m.due, m.forecast from status_report_milestone m "
                        + "join status_latest l on l.report = m.report" + scope.join("l.project")
                        + " where m.done = false and coalesce(m.forecast, m.due) between :from and :to" + scope.where()
                        + " order by coalesce(m.forecast, m.due), l.project limit :limit")
                .param("from", from).param("to", to).param("limit", limit))
                .query(rs -> {
                    found.add(new Milestone(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class)));
                });
        return found;
    }
}
