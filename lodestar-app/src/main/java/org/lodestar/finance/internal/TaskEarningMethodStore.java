package org.lodestar.finance.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tasks' earning methods where they are not the default ({@code task_earning_method}). */
@Component
public class TaskEarningMethodStore {

    private final JdbcClient jdbc;

    TaskEarningMethodStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each task's method by task id. */
    public Map<Long, String> forProject(long project) {
        Map<Long, String> methods = new HashMap<>();
        jdbc.sql("select task, method from task_earning_method where project = :p").param("p", project)
                .query((rs, row) -> methods.put(rs.getLong(1), rs.getString(2))).list();
        return methods;
    }

    /** Sets a task's method; returns the method it had (null: the default). */
    public String set(long project, long task, String method) {
        String before = jdbc.sql("select method from task_earning_method where project = :p and task = :t")
                .param("p", project).param("t", task).query(String.class).optional().orElse(null);
        if (before == null) {
            jdbc.sql("insert into task_earning_method (project, task, method) values (:p, :t, :m)")
                    .param("p", project).param("t", task).param("m", method).update();
        } else {
            jdbc.sql("update task_earning_method set method = :m where project = :p and task = :t")
                    .param("p", project).param("t", task).param("m", method).update();
        }
        return before;
    }
}
