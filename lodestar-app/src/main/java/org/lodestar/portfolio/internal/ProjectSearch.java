package org.lodestar.portfolio.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.IdList;
import org.lodestar.platform.PageResult;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.Priority;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.portfolio.Reference;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The project list as SQL: filters, text search, order and paging in the database, parameters always bound. */
@Repository
public class ProjectSearch {

    private static final String FROM = " from project p"
            + " join portfolio pf on pf.id = p.portfolio"
            + " left join programme pg on pg.id = p.programme"
            + " left join app_user m on m.id = p.manager";

    /** Each sortable column; enums sort in their business order, not alphabetically. */
    private static final Map<String, String> ORDER = Map.ofEntries(
            Map.entry("code", "p.code"),
            Map.entry("name", "lower(p.name)"),
            Map.entry("portfolio", "lower(pf.name)"),
            Map.entry("programme", "lower(pg.name)"),
            Map.entry("manager", "lower(m.display_name)"),
            Map.entry("phase", rank("p.phase", LifecyclePhase.values())),
            Map.entry("state", rank("p.state", ProjectState.values())),
            Map.entry("priority", rank("p.priority", Priority.values())),
            Map.entry("health", rank("p.reported_health", Rag.values())),
            Map.entry("plannedStart", "p.planned_start"),
            Map.entry("plannedFinish", "p.planned_finish"),
            Map.entry("budget", "p.budget"));

    private final JdbcClient jdbc;

    ProjectSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The currencies of those of the projects that exist, by project. */
    public Map<Long, String> currencies(IdList projects) {
        if (projects.isEmpty()) return Map.of();
        Map<Long, String> currencies = new HashMap<>();
        projects.bind(jdbc.sql("select id, currency from project" + projects.where("id")))
                .query((RowCallbackHandler) rs -> {
                    if (projects.keeps(rs.getLong(1))) currencies.put(rs.getLong(1), rs.getString(2));
                });
        return currencies;
    }

    /**
     * One page of projects matching the query. {@code reader} is the reader's user id, for {@code mine}. For
     * readers of public summaries, budgets are left out and neither the text search (custom field values) nor the
     * order (budget) may reveal what they cannot see.
     */
    public PageResult<ProjectRow> search(ProjectQuery query, long reader, boolean summariesOnly) {
        query = readable(query, summariesOnly);
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(query, reader, summariesOnly, parameters);
        long total = jdbc.sql("select count(*)" + FROM + where).params(parameters).query(Long.class).single();
        List<ProjectRow> rows = rows(query, where, parameters, summariesOnly, true);
        return new PageResult<>(rows, query.page(), query.size(), total);
    }

    /**
     * Every row of the query, in its order, in one statement: what {@link #search} gives page after page, without a
     * count and an ever larger offset for each page (50 of each at 10,000 projects).
     */
    public List<ProjectRow> all(ProjectQuery query, long reader, boolean summariesOnly) {
        query = readable(query, summariesOnly);
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(query, reader, summariesOnly, parameters);
        return rows(query, where, parameters, summariesOnly, false);
    }

    /** A reader of summaries cannot sort by budget, which they do not see: by code instead. */
    private static ProjectQuery readable(ProjectQuery query, boolean summariesOnly) {
        if (!summariesOnly || !query.sort().equals("budget")) return query;
        return new ProjectQuery(query.text(), query.portfolioId(), query.programmeId(), query.state(), query.phase(),
                query.priority(), query.health(), query.managerId(), query.tag(), query.mine(), "code",
                query.descending(), query.page(), query.size());
    }

    private List<ProjectRow> rows(ProjectQuery query, String where, Map<String, Object> parameters,
                                  boolean summariesOnly, boolean paged) {
        String direction = query.descending() ? " desc" : " asc";
        var statement = jdbc.sql("select p.id, p.code, p.name, p.phase, p.state, p.priority,"
                        + " p.reported_health, p.planned_start, p.planned_finish, p.forecast_finish, p.budget,"
                        + " p.currency,"
                        + " pf.id pf_id, pf.code pf_code, pf.name pf_name, pg.id pg_id, pg.code pg_code,"
                        + " pg.name pg_name, m.id m_id, m.username m_username, m.display_name m_name"
                        + FROM + where
                        + " order by " + ORDER.get(query.sort()) + direction + " nulls last"
                        + ", p.id" + direction
                        + (paged ? " limit :limit offset :offset" : ""))
                .params(parameters);
        if (paged) statement = statement.param("limit", query.size()).param("offset", (long) query.page() * query.size());
        return statement.query((rs, row) -> row(rs, !summariesOnly)).list();
    }

    /** Custom field values of the given projects: project id to (field id to stored value). */
    public Map<Long, Map<Long, String>> customValues(List<Long> projectIds) {
        Map<Long, Map<Long, String>> values = new HashMap<>();
        for (int from = 0; from < projectIds.size(); from += 1000) {
            List<Long> chunk = projectIds.subList(from, Math.min(from + 1000, projectIds.size()));
            jdbc.sql("select project, custom_field, field_value from project_custom_value where project in (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        values.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                                .put(rs.getLong(2), rs.getString(3));
                    });
        }
        return values;
    }

    private static String where(ProjectQuery query, long reader, boolean summariesOnly, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.text() != null) {
            where.append(" and (lower(p.name) like :text escape '\\' or lower(p.code) like :text escape '\\'"
                    + " or lower(p.description) like :text escape '\\'");
            if (!summariesOnly) {
                where.append(" or exists (select 1 from project_custom_value v where v.project = p.id"
                        + " and lower(v.field_value) like :text escape '\\')");
            }
            where.append(")");
            parameters.put("text", "%" + likeEscape(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        condition(where, parameters, "p.portfolio = :portfolio", "portfolio", query.portfolioId());
        condition(where, parameters, "p.programme = :programme", "programme", query.programmeId());
        condition(where, parameters, "p.state = :state", "state", name(query.state()));
        condition(where, parameters, "p.phase = :phase", "phase", name(query.phase()));
        condition(where, parameters, "p.priority = :priority", "priority", name(query.priority()));
        condition(where, parameters, "p.reported_health = :health", "health", name(query.health()));
        condition(where, parameters, "p.manager = :manager", "manager", query.managerId());
        condition(where, parameters, "exists (select 1 from project_tag t where t.project = p.id and t.tag = :tag)",
                "tag", query.tag());
        if (query.mine()) {
            where.append(" and (p.manager = :reader or p.sponsor = :reader or exists (select 1 from project_member pm"
                    + " where pm.project = p.id and pm.app_user = :reader))");
            parameters.put("reader", reader);
        }
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String sql, String name,
                                  Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            parameters.put(name, value);
        }
    }

    private static ProjectRow row(ResultSet rs, boolean withBudgets) throws SQLException {
        return new ProjectRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                new Reference(rs.getLong("pf_id"), rs.getString("pf_code"), rs.getString("pf_name")),
                reference(rs, "pg_id", "pg_code", "pg_name"),
                reference(rs, "m_id", "m_username", "m_name"),
                LifecyclePhase.valueOf(rs.getString("phase")), ProjectState.valueOf(rs.getString("state")),
                Priority.valueOf(rs.getString("priority")), health(rs.getString("reported_health")), null,
                date(rs, "planned_start"), date(rs, "planned_finish"), date(rs, "forecast_finish"),
                withBudgets ? rs.getBigDecimal("budget") : null, withBudgets ? rs.getString("currency") : null);
    }

    private static Reference reference(ResultSet rs, String id, String code, String name) throws SQLException {
        long value = rs.getLong(id);
        return rs.wasNull() ? null : new Reference(value, rs.getString(code), rs.getString(name));
    }

    private static java.time.LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, java.time.LocalDate.class);
    }

    private static Rag health(String value) {
        return value == null ? null : Rag.valueOf(value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }


    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String rank(String column, Enum<?>[] values) {
        StringBuilder sql = new StringBuilder("case ").append(column);
        for (Enum<?> value : values) {
            sql.append(" when '").append(value.name()).append("' then ").append(value.ordinal());
        }
        return sql.append(" end").toString();
    }
}
