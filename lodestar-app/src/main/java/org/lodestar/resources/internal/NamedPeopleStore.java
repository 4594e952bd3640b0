package org.lodestar.resources.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.lodestar.platform.IdList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A project's named people, for the over-allocation health indicator: the people of the pool allocated to it in a
 * period (named allocations) or assigned to one of its unfinished tasks (planning's {@code plan_assignment}, read
 * here for speed as the capacity views read the project's columns), for many projects in one query.
 */
@Component
public class NamedPeopleStore {

    /** One person named on one project. */
    public record Named(long project, long resource) {
    }

    private final JdbcClient jdbc;

    NamedPeopleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The named people of these projects: allocated in a month from {@code from} to {@code to}, or assigned. A person
     * may come more than once for a project (every allocation and assignment is read: taking out the repeats in SQL
     * cost the dashboard more than the caller's set does).
     */
    public List<Named> of(Collection<Long> projects, LocalDate from, LocalDate to) {
        if (projects.isEmpty()) return List.of();
        IdList ids = IdList.of(projects);
        var query = ids.bind(jdbc.sql("select a.project, a.resource from allocation a"
                        + " where a.resource is not null and a.month_start between :from and :to" + ids.and("a.project")
                        + " union all select pa.project, pa.resource from plan_assignment pa"
                        + " join resource r on r.id = pa.resource join plan_task t on t.id = pa.task"
                        + " where r.kind = 'PERSON' and t.percent_complete < 100" + ids.and("pa.project")))
                .param("from", from.withDayOfMonth(1)).param("to", to.withDayOfMonth(1));
        return ids.keep(query.query((rs, n) -> new Named(rs.getLong("project"), rs.getLong("resource"))).list(),
                Named::project);
    }
}
