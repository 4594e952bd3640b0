package org.lodestar.planning.internal;

import java.util.Collection;
import java.util.List;
import org.lodestar.portfolio.TaskFieldValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The values tasks hold for custom fields on tasks, as the registry asks before it deletes a field or a choice. */
@Component
class TaskFieldStore implements TaskFieldValues {

    private final JdbcClient jdbc;

    TaskFieldStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(String key) {
        return jdbc.sql("select count(*) from plan_task_field where field_key = :key").param("key", key)
                .query(Long.class).single();
    }

    @Override
    public List<String> tasksWithValues(String key, Collection<String> values) {
        return jdbc.sql("select p.code, t.name from plan_task_field f join plan_task t on t.id = f.task "
                        + "join project p on p.id = t.project where f.field_key = :key and f.field_value in (:values) "
                        + "order by p.code, t.position")
                .param("key", key).param("values", values)
                .query((rs, row) -> rs.getString("code") + ": " + rs.getString("name")).list();
    }
}
