package org.lodestar.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.IdList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demand side of the capacity views, read in one grouped query: allocated FTE by role and month over a period,
 * optionally of one portfolio or programme (the projects' columns, read here for speed rather than per project).
 */
@Component
public class DemandStore {

    /** FTE allocated to a role in a month. */
    public record RoleMonth(String role, LocalDate month, BigDecimal fte) {
    }

    /** One project's FTE in a role and month. */
    public record ProjectDemand(long project, String code, String name, BigDecimal fte) {
    }

    /** FTE a named person is allocated in a month, over all projects (in the portfolio or programme if given). */
    public record PersonMonth(long resource, LocalDate month, BigDecimal fte) {
    }

    /** FTE a named person is allocated to one project in a month. */
    public record PersonProjectMonth(long resource, long project, LocalDate month, BigDecimal fte) {
    }

    /** One project's FTE allocated to a role in a month. */
    public record ProjectRoleMonth(long project, String role, LocalDate month, BigDecimal fte) {
    }

    /** A role a named person is allocated in on a project. */
    public record NamedRole(long project, long resource, String role) {
    }

    private final JdbcClient jdbc;

    /** The portfolio and programme filters of every demand query: either may be null, meaning all. */
    private static final String IN_PORTFOLIO_AND_PROGRAMME =
            " and (cast(:portfolio as bigint) is null or p.portfolio = :portfolio)"
                    + " and (cast(:programme as bigint) is null or p.programme = :programme)";

    DemandStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RoleMonth> byRoleAndMonth(LocalDate from, LocalDate to, Long portfolio, Long programme) {
        return jdbc.sql("select a.role, a.month_start, sum(a.fte) as fte from allocation a join project p on p.id = a.project"
                        + " where a.month_start between :from and :to"
                        + IN_PORTFOLIO_AND_PROGRAMME
                        + " group by a.role, a.month_start order by a.role, a.month_start")
                .param("from", from).param("to", to).param("portfolio", portfolio).param("programme", programme)
                .query((rs, n) -> new RoleMonth(rs.getString("role"), rs.getObject("month_start", LocalDate.class),
                        rs.getBigDecimal("fte")))
                .list();
    }

    /** The projects that make up a cell: their FTE in the role and month, largest first. */
    public List<ProjectDemand> projectsOf(String role, LocalDate month, Long portfolio, Long programme) {
        return jdbc.sql("select p.id, p.code, p.name, sum(a.fte) as fte from allocation a join project p"
                        + " on p.id = a.project where a.role = :role and a.month_start = :month"
                        + IN_PORTFOLIO_AND_PROGRAMME
                        + " group by p.id, p.code, p.name order by sum(a.fte) desc, p.code")
                .param("role", role).param("month", month).param("portfolio", portfolio)
                .param("programme", programme)
                .query((rs, n) -> new ProjectDemand(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getBigDecimal("fte")))
                .list();
    }

    /** Named allocations (those with a person) summed by person and month, in one grouped query. */
    public List<PersonMonth> byPersonAndMonth(LocalDate from, LocalDate to, Long portfolio, Long programme) {
        return jdbc.sql("select a.resource, a.month_start, sum(a.fte) as fte from allocation a join project p on p.id = a.project"
                        + " where a.resource is not null and a.month_start between :from and :to"
                        + IN_PORTFOLIO_AND_PROGRAMME
                        + " group by a.resource, a.month_start order by a.resource, a.month_start")
                .param("from", from).param("to", to).param("portfolio", portfolio).param("programme", programme)
                .query((rs, n) -> new PersonMonth(rs.getLong("resource"), rs.getObject("month_start", LocalDate.class),
                        rs.getBigDecimal("fte")))
                .list();
    }

    /**
     * Named allocations summed by person, project and month, in no order: the person × week view sets each project's
     * allocation against that project's assignments. Of these {@code people} alone when not null. The rows are read
     * plainly and summed here (exactly, as decimals), and the registry joined only when a portfolio or programme
     * narrows them: grouping and sorting 44,000 rows made PostgreSQL spill to disk on every dashboard read.
     */
    public List<PersonProjectMonth> byPersonProjectAndMonth(LocalDate from, LocalDate to, Long portfolio,
                                                           Long programme, IdList people) {
        if (people != null && people.isEmpty()) return List.of();
        boolean narrowed = portfolio != null || programme != null;
        var query = jdbc.sql("select a.resource, a.project, a.month_start, a.fte from allocation a"
                        + (narrowed ? " join project p on p.id = a.project" : "")
                        + " where a.resource is not null and a.month_start between :from and :to"
                        + (narrowed ? IN_PORTFOLIO_AND_PROGRAMME : "")
                        + (people == null ? "" : people.and("a.resource")))
                .param("from", from).param("to", to);
        if (narrowed) query = query.param("portfolio", portfolio).param("programme", programme);
        record Key(long resource, long project, LocalDate month) {
        }
        Map<Key, BigDecimal> sums = new HashMap<>();
        (people == null ? query : people.bind(query)).query(rs -> {
            long resource = rs.getLong(1);
            if (people != null && !people.keeps(resource)) return;
            sums.merge(new Key(resource, rs.getLong(2), rs.getObject(3, LocalDate.class)), rs.getBigDecimal(4),
                    BigDecimal::add);
        });
        List<PersonProjectMonth> rows = new ArrayList<>(sums.size());
        sums.forEach((key, fte) -> rows.add(new PersonProjectMonth(key.resource(), key.project(), key.month(), fte)));
        return rows;
    }

    /** The given projects' allocations summed by project, role and month over a period. */
    public List<ProjectRoleMonth> byProjectRoleAndMonth(Collection<Long> projects, LocalDate from, LocalDate to) {
        if (projects.isEmpty()) return List.of();
        return jdbc.sql("select a.project, a.role, a.month_start, sum(a.fte) as fte from allocation a"
                        + " where a.project in (:projects) and a.month_start between :from and :to"
                        + " group by a.project, a.role, a.month_start")
                .param("projects", projects).param("from", from).param("to", to)
                .query((rs, n) -> new ProjectRoleMonth(rs.getLong("project"), rs.getString("role"),
                        rs.getObject("month_start", LocalDate.class), rs.getBigDecimal("fte")))
                .list();
    }

    /** The roles the named people of the given projects' allocations are allocated in, by project and role. */
    public List<NamedRole> namedRoles(Collection<Long> projects) {
        if (projects.isEmpty()) return List.of();
        return jdbc.sql("select distinct a.project, a.resource, a.role from allocation a"
                        + " where a.resource is not null and a.project in (:projects)"
                        + " order by a.project, a.resource, a.role")
                .param("projects", projects)
                .query((rs, n) -> new NamedRole(rs.getLong("project"), rs.getLong("resource"), rs.getString("role")))
                .list();
    }
}
