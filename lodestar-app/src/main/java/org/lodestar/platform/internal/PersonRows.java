package org.lodestar.platform.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lodestar.platform.Person;
import org.lodestar.platform.Role;
import org.lodestar.platform.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everyone with their roles in one query. Spring Data JDBC reads an aggregate's roles with a query per person, and
 * modules look people up by id on most requests: 302 queries for 301 accounts, most of the timesheet generator's
 * time (docs/benchmarks.md, "Everyone in one query").
 */
@Component
public class PersonRows {

    private final JdbcClient jdbc;

    PersonRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone, ordered by display name (then id). */
    public List<Person> all() {
        List<Person> people = new ArrayList<>();
        // one row per person and role, a person's rows together: fold them as they pass
        jdbc.sql("select u.id, u.username, u.display_name, u.email, u.job_title, u.business_unit, u.enabled, "
                        + "u.password_hash is not null, u.version, u.preferred_locale, r.role "
                        + "from app_user u left join app_user_role r on r.app_user = u.id "
                        + "order by u.display_name, u.id")
                .query(rs -> {
                    long id = rs.getLong(1);
                    Person last = people.isEmpty() ? null : people.get(people.size() - 1);
                    if (last == null || last.id().value() != id) {
                        Set<Role> roles = EnumSet.noneOf(Role.class);
                        last = new Person(new UserId(id), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), roles, rs.getBoolean(7), rs.getBoolean(8),
                                rs.getLong(9), rs.getString(10));
                        people.add(last);
                    }
                    String role = rs.getString(11);
                    if (role != null) last.roles().add(Role.valueOf(role));
                });
        return people;
    }
}
