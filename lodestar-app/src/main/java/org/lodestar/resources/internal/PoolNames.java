package org.lodestar.resources.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lodestar.platform.IdList;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pool's role names and resource names, read in one narrow query each: an allocation written or listed needs
 * these, not every resource's aggregate (with its roles, skills, absences and rates), which at a pool of thousands of
 * people made each write read the whole pool.
 */
@Component
public class PoolNames {

    private final JdbcClient jdbc;

    PoolNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The roles the pool's active people fill, and its active generic roles' names. */
    public Set<String> activeRoles() {
        return new TreeSet<>(jdbc.sql("select rr.role from resource_role rr join resource r on r.id = rr.resource "
                + "where r.retired = false union select name from resource where kind = 'ROLE' and retired = false")
                .query(String.class).list());
    }

    /** The names of these resources, by id. */
    public Map<Long, String> of(Collection<Long> resources) {
        Map<Long, String> names = new HashMap<>();
        IdList ids = IdList.of(resources);
        if (ids.isEmpty()) return names;
        ids.bind(jdbc.sql("select id, name from resource" + ids.where("id"))).query((RowCallbackHandler) rs -> {
            if (ids.keeps(rs.getLong(1))) names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }
}
