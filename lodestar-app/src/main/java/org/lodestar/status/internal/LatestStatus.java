package org.lodestar.status.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.engine.health.Rag;
import org.lodestar.portfolio.ProjectHealthReadings;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.status.Dimension;
import org.lodestar.status.ReportCommand;
import org.lodestar.status.ReportState;
import org.lodestar.status.ReportSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The latest status of each project ({@code status_latest}), kept up to date as reports are submitted and published
 * so that the dashboard reads one row per project instead of scanning every report; and the report history of a
 * project, read as narrow rows.
 */
@Component
public class LatestStatus {

    private final JdbcClient jdbc;
    private final ProjectHealthReadings registryHealth;

    LatestStatus(JdbcClient jdbc, ProjectHealthReadings registryHealth) {
        this.jdbc = jdbc;
        this.registryHealth = registryHealth;
    }

    /** A project's latest published status and the last period it submitted a report for. */
    public record Latest(long project, LocalDate lastSubmittedPeriod, Long report, LocalDate periodEnd, Rag overall,
                         Map<Dimension, Rag> dimensions, Integer percentComplete, BigDecimal actualCost,
                         BigDecimal forecastCost, LocalDate forecastFinish, Instant publishedAt, String recent) {

        public Rag rating(Dimension dimension) {
            return dimensions.get(dimension);
        }

        /**
         * Calls back with each of the last published periods (as an epoch day) and its overall rating, newest
         * first.
         */
        public void forEachRecent(RecentRating callback) {
            forEachRecentSince(Long.MIN_VALUE, callback);
        }

        /** {@link #forEachRecent}, stopping at the first period before {@code firstDay} (an epoch day). */
        public void forEachRecentSince(long firstDay, RecentRating callback) {
            LatestStatus.forEachRecentSince(recent, firstDay, callback);
        }
    }

    /**
     * Calls back with each period of a {@code recent} column (newest first) from {@code firstDay} (an epoch day) on,
     * and its overall rating; parsed by hand because the dashboard reads this for every project.
     */
    static void forEachRecentSince(String recent, long firstDay, RecentRating callback) {
        if (recent == null) return;
        long epochDay = 0;
        int sign = 1;
        for (int i = 0, length = recent.length(); i < length; i++) {
            char c = recent.charAt(i);
            if (c >= '0' && c <= '9') {
                epochDay = epochDay * 10 + (c - '0');
            } else if (c == '-') {
                sign = -1;
            } else if (c != ',') {
                if (sign * epochDay < firstDay) return;
                callback.accept(sign * epochDay, rag(c));
                epochDay = 0;
                sign = 1;
            }
        }
    }

    /** One recent period's overall rating. */
    @FunctionalInterface
    public interface RecentRating {
        void accept(long epochDay, Rag overall);
    }

    /** Published periods whose overall rating {@code status_latest.recent} keeps for the trend. */
    static final int RECENT_PERIODS = 16;

    /** Rewrites the project's recent overall ratings from its published reports. */
    public void refreshRecent(long project) {
        String recent = String.join(",", jdbc.sql("select period_end, overall from status_report "
                        + "where project = :project and state = 'PUBLISHED' and superseded = false "
                        + "and overall is not null order by period_end desc limit :limit")
                .param("project", project).param("limit", RECENT_PERIODS)
                .query((rs, row) -> rs.getObject(1, LocalDate.class).toEpochDay() + rs.getString(2).substring(0, 1))
                .list());
        jdbc.sql("update status_latest set recent = :recent where project = :project")
                .param("recent", recent).param("project", project).update();
    }

    /**
     * Records that the project submitted a report for the period. The project's first row is inserted under a lock
     * on the project's own row: two first reports of one project submitted or published at once would otherwise
     * both find no row and both insert it, and the second would fail on the primary key. Once the row exists the
     * update's row lock orders writers, so the common path takes no extra lock.
     */
    public void submitted(long project, LocalDate period) {
        if (recordSubmitted(project, period) > 0 || exists(project)) return;
        lockProject(project);
        if (exists(project)) {
            // another transaction inserted the row while this one waited for the lock
            recordSubmitted(project, period);
        } else {
            jdbc.sql("insert into status_latest (project, last_submitted_period) values (:project, :period)")
                    .param("project", project).param("period", period).update();
        }
    }

    private void lockProject(long project) {
        jdbc.sql("select id from project where id = :project for update").param("project", project)
                .query(Long.class).optional();
    }

    private int recordSubmitted(long project, LocalDate period) {
        return jdbc.sql("update status_latest set last_submitted_period = :period where project = :project "
                        + "and (last_submitted_period is null or last_submitted_period < :period)")
                .param("period", period).param("project", project).update();
    }

    /** Makes a published report the project's latest status, unless a later period is published already. */
    public void published(StatusReport report) {
        // publishers of one project take turns from here: the trend below is re-read by each after the one before
        // committed (H2 does not lock a row its update's condition leaves out, so that update alone cannot order them)
        lockProject(report.project());
        submitted(report.project(), report.periodEnd());
        ReportCommand content = report.content();
        jdbc.sql("update status_latest set report = :report, period_end = :period, overall = :overall, "
                        + "schedule = :schedule, cost = :cost, scope = :scope, resources = :resources, risks = :risks, "
                        + "quality = :quality, percent_complete = :percent, actual_cost = :actual, "
                        + "forecast_cost = :forecastCost, forecast_finish = :forecastFinish, published_at = :at "
                        + "where project = :project and (period_end is null or period_end <= :period)")
                .param("report", report.id()).param("period", report.periodEnd())
                .param("overall", name(content.overall().rag()))
                .param("schedule", name(content.schedule().rag())).param("cost", name(content.cost().rag()))
                .param("scope", name(content.scope().rag())).param("resources", name(content.resources().rag()))
                .param("risks", name(content.risks().rag())).param("quality", name(content.quality().rag()))
                .param("percent", content.percentComplete()).param("actual", content.actualCost())
                .param("forecastCost", content.forecastCost()).param("forecastFinish", content.forecastFinish())
                .param("at", Timestamp.from(report.publishedAt())).param("project", report.project())
                .update();
        refreshRecent(report.project());
        refreshReportedHealth(List.of(report.project()));
    }

    /**
     * Gives the registry each project's reported health (its latest published overall rating), through
     * portfolio's API, in the caller's transaction: the registry's copy filters, sorts and rolls up project lists.
     */
    public void refreshReportedHealth(java.util.Collection<Long> projects) {
        Map<Long, Latest> current = find(projects);
        for (Long project : projects) {
            Latest latest = current.get(project);
            registryHealth.recordReported(new ProjectId(project), latest == null ? null : latest.overall());
        }
    }

    private boolean exists(long project) {
        return jdbc.sql("select count(*) from status_latest where project = :project").param("project", project)
                .query(Long.class).single() > 0;
    }

    /** The latest status of every project that has one, by project id. */
    public Map<Long, Latest> all() {
        return ReadCache.get("status-latest", () -> java.util.Collections.unmodifiableMap(read("", List.of())));
    }

    /**
     * The latest status of these projects (those that have one), by project id. For a long list this is the whole
     * table, which is cheaper than a huge {@code in} list: look projects up by id, do not iterate the map.
     */
    public Map<Long, Latest> find(java.util.Collection<Long> projects) {
        if (projects.isEmpty()) return Map.of();
        if (projects.size() > SMALL) return all();
        return read(" where project in (:projects)", List.copyOf(projects));
    }

    /** Up to this many projects are read by id; more read the whole table, which is faster than a huge list. */
    static final int SMALL = 500;

    private Map<Long, Latest> read(String where, List<Long> projects) {
        Map<Long, Latest> latest = new HashMap<>();
        var statement = jdbc.sql("select project, last_submitted_period, report, period_end, overall, schedule, cost, "
                + "scope, resources, risks, quality, percent_complete, actual_cost, forecast_cost, forecast_finish, "
                + "published_at, recent from status_latest" + where);
        if (!projects.isEmpty()) statement = statement.param("projects", projects);
        statement.query(rs -> {
                    Map<Dimension, Rag> dimensions = new java.util.EnumMap<>(Dimension.class);
                    for (Dimension dimension : Dimension.values()) {
                        Rag rag = rag(rs.getString(6 + dimension.ordinal()));
                        if (rag != null) dimensions.put(dimension, rag);
                    }
                    Timestamp at = rs.getTimestamp(16);
                    latest.put(rs.getLong(1), new Latest(rs.getLong(1), rs.getObject(2, LocalDate.class),
                            rs.getObject(3, Long.class), rs.getObject(4, LocalDate.class), rag(rs.getString(5)),
                            dimensions, rs.getObject(12, Integer.class), rs.getBigDecimal(13), rs.getBigDecimal(14),
                            rs.getObject(15, LocalDate.class), at == null ? null : at.toInstant(),
                            rs.getString(17)));
                });
        return latest;
    }

    /** The project's reports, newest period first, leaving out revisions a later one replaced. */
    public List<ReportSummary> history(long project, int limit) {
        return jdbc.sql("select id, period_end, revision, state, late, overall, schedule, cost, scope, resources, "
                        + "risks, quality, published_at from status_report where project = :project "
                        + "and superseded = false order by period_end desc, revision desc limit :limit")
                .param("project", project).param("limit", limit)
                .query((rs, row) -> {
                    Timestamp at = rs.getTimestamp(13);
                    return new ReportSummary(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3),
                            ReportState.valueOf(rs.getString(4)), rs.getBoolean(5), rag(rs.getString(6)),
                            rag(rs.getString(7)), rag(rs.getString(8)), rag(rs.getString(9)), rag(rs.getString(10)),
                            rag(rs.getString(11)), rag(rs.getString(12)), at == null ? null : at.toInstant());
                }).list();
    }

    private static String name(Rag rag) {
        return rag == null ? null : rag.name();
    }

    static Rag rag(String value) {
        return value == null ? null : rag(value.charAt(0));
    }

    /** A rating by its first letter (the dashboard reads six for each of 10,000 projects). */
    private static Rag rag(char letter) {
        return switch (letter) {
            case 'G' -> Rag.GREEN;
            case 'A' -> Rag.AMBER;
            case 'R' -> Rag.RED;
            default -> throw new IllegalStateException("not a rating: " + letter);
        };
    }
}
