package org.lodestar.planning.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.lodestar.platform.IdList;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each plan's schedule as health and the dashboard read it ({@code plan_forecast}, {@code plan_milestone_forecast},
 * V31): written by planning in the transaction of every change that reschedules a plan, read for many projects in
 * one query each. The writer holds the plan's row (its conditional update, or {@link PlanStore#lock}), so writers of
 * one plan take turns.
 */
@Repository
public class PlanForecastStore {

    /** A plan's forecast; every field but the version is null for a plan without tasks or one the engine refused. */
    public record Forecast(long project, long planVersion, LocalDateTime finish, Integer baselineNumber,
                           String baselineName, LocalDateTime baselineFinish, BigDecimal slippageDays,
                           List<Milestone> milestones) {
    }

    /**
     * A milestone as scheduled: {@code percentComplete} is 100 once it is complete; {@code critical} when on the
     * critical path, {@code late} when its date falls after its deadline (to the minute).
     */
    public record Milestone(long project, long task, int row, String name, LocalDateTime forecast, LocalDate deadline,
                            int percentComplete, boolean critical, boolean late) {

        public boolean complete() {
            return percentComplete >= 100;
        }
    }

    /** A plan's finish slippage against its first baseline: the days of the baseline's and the forecast finish. */
    public record Slippage(long project, int baselineNumber, String baselineName, LocalDate baselineFinish,
                           LocalDate finish, BigDecimal days) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    PlanForecastStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Replaces the plan's forecast and milestones (the caller holds the plan's row). */
    public void write(Forecast forecast) {
        jdbc.sql("delete from plan_milestone_forecast where project = :project").param("project", forecast.project())
                .update();
        int updated = jdbc.sql("update plan_forecast set plan_version = :version, finish_at = :finish, "
                        + "baseline_number = :number, baseline_name = :name, baseline_finish_at = :baselineFinish, "
                        + "slippage_days = :days where project = :project")
                .params(columns(forecast)).update();
        if (updated == 0) {
            jdbc.sql("insert into plan_forecast (project, plan_version, finish_at, baseline_number, baseline_name, "
                            + "baseline_finish_at, slippage_days) values (:project, :version, :finish, :number, :name, "
                            + ":baselineFinish, :days)")
                    .params(columns(forecast)).update();
        }
        if (forecast.milestones().isEmpty()) return;
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (Milestone milestone : forecast.milestones()) {
            rows.add(new MapSqlParameterSource().addValue("project", forecast.project())
                    .addValue("task", milestone.task()).addValue("row", milestone.row())
                    .addValue("name", milestone.name()).addValue("forecast", Timestamp.valueOf(milestone.forecast()))
                    .addValue("deadline", milestone.deadline() == null ? null : java.sql.Date.valueOf(milestone.deadline()),
                            java.sql.Types.DATE)
                    .addValue("percent", milestone.percentComplete()).addValue("critical", milestone.critical())
                    .addValue("late", milestone.late()));
        }
        batch.batchUpdate("insert into plan_milestone_forecast (project, task, task_row, name, forecast_at, deadline, "
                + "percent_complete, critical, late) values (:project, :task, :row, :name, :forecast, :deadline, "
                + ":percent, :critical, :late)",
                rows.toArray(MapSqlParameterSource[]::new));
    }

    private static java.util.Map<String, Object> columns(Forecast forecast) {
        java.util.Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("project", forecast.project());
        columns.put("version", forecast.planVersion());
        columns.put("finish", timestamp(forecast.finish()));
        columns.put("number", forecast.baselineNumber());
        columns.put("name", forecast.baselineName());
        columns.put("baselineFinish", timestamp(forecast.baselineFinish()));
        columns.put("days", forecast.slippageDays());
        return columns;
    }

    /** The stored forecast of one plan (for checks and tests), without its milestones' order guaranteed otherwise. */
    public java.util.Optional<Forecast> find(long project) {
        List<Milestone> milestones = milestones(List.of(project), false, null, null);
        return jdbc.sql("select project, plan_version, finish_at, baseline_number, baseline_name, baseline_finish_at, "
                        + "slippage_days from plan_forecast where project = :project")
                .param("project", project)
                .query((rs, n) -> new Forecast(rs.getLong(1), rs.getLong(2), dateTime(rs.getTimestamp(3)),
                        (Integer) rs.getObject(4, Integer.class), rs.getString(5), dateTime(rs.getTimestamp(6)),
                        rs.getBigDecimal(7), milestones))
                .optional();
    }

    /** The finish slippage of those of the projects whose plan has tasks and a first baseline, in one query. */
    public List<Slippage> slippages(Collection<Long> projects) {
        if (projects.isEmpty()) return List.of();
        IdList ids = IdList.of(projects);
        // days, not timestamps: the indicator shows days, and the dashboard reads a row per project
        return ids.keep(ids.bind(jdbc.sql("select project, baseline_number, baseline_name, "
                        + "cast(baseline_finish_at as date), cast(finish_at as date), slippage_days from plan_forecast "
                        + "where slippage_days is not null" + ids.and("project")))
                .query((rs, n) -> new Slippage(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getBigDecimal(6)))
                .list(), Slippage::project);
    }

    /**
     * The milestones of the projects' plans by project and row, in one query: all of them, or only those not
     * complete whose forecast lies from {@code from} to {@code to} (both days included).
     */
    public List<Milestone> milestones(Collection<Long> projects, boolean openOnly, LocalDate from, LocalDate to) {
        if (projects.isEmpty()) return List.of();
        IdList ids = IdList.of(projects);
        String sql = "select " + MILESTONE_COLUMNS + " from plan_milestone_forecast where " + (openOnly
                ? "percent_complete < 100 and forecast_at >= :from and forecast_at < :to" : "1 = 1")
                + ids.and("project") + " order by project, task_row";
        JdbcClient.StatementSpec statement = ids.bind(jdbc.sql(sql));
        if (openOnly) {
            statement = statement.param("from", Timestamp.valueOf(from.atStartOfDay()))
                    .param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
        }
        return ids.keep(statement.query((rs, n) -> milestone(rs)).list(), Milestone::project);
    }

    /**
     * The milestones of the projects' plans not complete whose forecast lies before {@code horizon} (the overdue
     * among them), in one query.
     */
    public List<Milestone> openBefore(Collection<Long> projects, LocalDateTime horizon) {
        if (projects.isEmpty()) return List.of();
        IdList ids = IdList.of(projects);
        return ids.keep(ids.bind(jdbc.sql("select " + MILESTONE_COLUMNS + " from plan_milestone_forecast "
                        + "where percent_complete < 100 and forecast_at < :horizon" + ids.and("project")))
                .param("horizon", Timestamp.valueOf(horizon))
                .query((rs, n) -> milestone(rs)).list(), Milestone::project);
    }

    private static final String MILESTONE_COLUMNS =
            "project, task, task_row, name, forecast_at, deadline, percent_complete, critical, late";

    private static Milestone milestone(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Milestone(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                rs.getTimestamp(5).toLocalDateTime(), rs.getObject(6, LocalDate.class), rs.getInt(7),
                rs.getBoolean(8), rs.getBoolean(9));
    }

    /** Plans whose forecast is missing or was computed from another version of the plan. */
    public List<Long> stale() {
        return jdbc.sql("select p.project from plan p left join plan_forecast f on f.project = p.project "
                        + "where f.project is null or f.plan_version <> p.version order by p.project")
                .query(Long.class).list();
    }

    /** Plans scheduled on a calendar: as the plan's calendar or a task's. */
    public List<Long> plansOn(long calendar) {
        return jdbc.sql("select project from plan where calendar = :calendar union "
                        + "select distinct project from plan_task where calendar = :calendar")
                .param("calendar", calendar).query(Long.class).list();
    }

    private static Timestamp timestamp(LocalDateTime dateTime) {
        return dateTime == null ? null : Timestamp.valueOf(dateTime);
    }

    private static LocalDateTime dateTime(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
