package org.lodestar.status.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lodestar.engine.health.Rag;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.ProjectState;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's one read per project: the registry's columns it shows joined to the latest status it rolls up,
 * and nothing else. At 100,000 projects, reading {@link ProjectFacts} and {@link LatestStatus} whole and pairing
 * them in Java cost most of the dashboard's time, in columns it never used (timestamps, managers, finishes).
 * Rights are checked by the caller.
 */
@Component
public class DashboardRows {

    private static final String SELECT = "select p.id, p.code, p.name, p.portfolio, p.programme, p.phase, p.state, "
            + "p.planned_start, p.budget, p.currency, l.last_submitted_period, l.report, l.period_end, l.overall, "
            + "l.schedule, l.cost, l.scope, l.resources, l.risks, l.quality, l.actual_cost, l.forecast_cost, l.recent "
            + "from project p left join status_latest l on l.project = p.id where 1 = 1";

    /**
     * Rows fetched at a time. Without it PostgreSQL's driver holds every row of the answer until the last is read:
     * at 100,000 projects, millions of small arrays that each young collection copied (pauses of 100 ms).
     */
    static final int FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;

    DashboardRows(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = JdbcClient.create(template);
    }

    /**
     * A project beside its latest status: the status's columns are null when it has published none (and
     * {@code lastSubmittedPeriod} when it has submitted none).
     */
    public record Row(long id, String code, String name, long portfolio, Long programme, LifecyclePhase phase,
                      ProjectState state, LocalDate plannedStart, BigDecimal budget, String currency,
                      LocalDate lastSubmittedPeriod, Long report, LocalDate periodEnd, Rag overall, Rag schedule,
                      Rag cost, Rag scope, Rag resources, Rag risks, Rag quality, BigDecimal actualCost,
                      BigDecimal forecastCost) {

        /** Active and on-hold projects are open: the heatmap and the roll-ups are theirs. */
        public boolean open() {
            return state == ProjectState.ACTIVE || state == ProjectState.ON_HOLD;
        }

        /** Active projects report; those on hold, proposed, closed or cancelled do not. */
        public boolean reports() {
            return state == ProjectState.ACTIVE;
        }
    }

    /** The project of this id among rows ordered by id, as {@link #find} answers them, or null. */
    public static Row byId(List<Row> rows, long id) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long at = rows.get(middle).id();
            if (at < id) low = middle + 1;
            else if (at > id) high = middle - 1;
            else return rows.get(middle);
        }
        return null;
    }

    /**
     * Projects narrowed by portfolio, programme, phase and state (each optional), ordered by id; calls back with
     * each one's recent published periods from {@code trendSince} (an epoch day) on as it reads them, rather than
     * keeping a hundred characters of them on every row until the trend is counted.
     */
    public List<Row> find(Long portfolio, Long programme, LifecyclePhase phase, ProjectState state, long trendSince,
                          LatestStatus.RecentRating trend) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> parameters = new ArrayList<>();
        if (portfolio != null) {
            sql.append(" and p.portfolio = ?");
            parameters.add(portfolio);
        }
        if (programme != null) {
            sql.append(" and p.programme = ?");
            parameters.add(programme);
        }
        if (phase != null) {
            sql.append(" and p.phase = ?");
            parameters.add(phase.name());
        }
        if (state != null) {
            sql.append(" and p.state = ?");
            parameters.add(state.name());
        }
        // ordered by id so that PostgreSQL merges the two primary keys' indexes: from the first row on, where hashing
        // 100,000 projects first took two to three times as long (and spilled to disk at the default work_mem)
        sql.append(" order by p.id");
        // a few currencies among 100,000 projects: one string each rather than one a row for the request to carry
        Map<String, String> currencies = new HashMap<>();
        List<Row> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(parameters).query((rs, row) -> {
            LatestStatus.forEachRecentSince(rs.getString(23), trendSince, trend);
            String currency = rs.getString(10);
            return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getObject(5, Long.class),
                    LifecyclePhase.valueOf(rs.getString(6)), ProjectState.valueOf(rs.getString(7)),
                    rs.getObject(8, LocalDate.class), rs.getBigDecimal(9),
                    currency == null ? null : currencies.computeIfAbsent(currency, Function.identity()),
                    rs.getObject(11, LocalDate.class), rs.getObject(12, Long.class), rs.getObject(13, LocalDate.class),
                    LatestStatus.rag(rs.getString(14)), LatestStatus.rag(rs.getString(15)),
                    LatestStatus.rag(rs.getString(16)), LatestStatus.rag(rs.getString(17)),
                    LatestStatus.rag(rs.getString(18)), LatestStatus.rag(rs.getString(19)),
                    LatestStatus.rag(rs.getString(20)), rs.getBigDecimal(21), rs.getBigDecimal(22));
        }).list());
        return rows;
    }
}
