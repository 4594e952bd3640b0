package org.lodestar.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The role demand of ongoing projects, for intake's scenarios: allocated FTE of active projects by role and month, in
 * one grouped query (the project's state read from its table here, as {@link DemandStore} reads its portfolio).
 */
@Component
public class OngoingDemandStore {

    /** FTE that active projects allocated to a role in a month. */
    public record RoleMonth(String role, LocalDate month, BigDecimal fte) {
    }

    private final JdbcClient jdbc;

    OngoingDemandStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Months from {@code from} to {@code to} (first days, both included), of these roles only. */
    public List<RoleMonth> byRoleAndMonth(LocalDate from, LocalDate to, Collection<String> roles) {
        if (roles.isEmpty()) return List.of();
        return jdbc.sql("select a.role, a.month_start, sum(a.fte) as fte from allocation a"
                        + " join project p on p.id = a.project"
                        + " where p.state = 'ACTIVE' and a.month_start between :from and :to and a.role in (:roles)"
                        + " group by a.role, a.month_start order by a.role, a.month_start")
                .param("from", from).param("to", to).param("roles", roles)
                .query((rs, n) -> new RoleMonth(rs.getString("role"), rs.getObject("month_start", LocalDate.class),
                        rs.getBigDecimal("fte")))
                .list();
    }
}
