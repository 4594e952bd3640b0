package org.lodestar.finance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tasks' earning methods where they are not the default ({@code task_earning_method}) and their earning milestones
 * in order ({@code task_earning_milestone}).
 */
@Component
public class TaskEarningMethodStore {

    private final JdbcClient jdbc;
    private final FinanceInputs inputs;

    TaskEarningMethodStore(JdbcClient jdbc, FinanceInputs inputs) {
        this.jdbc = jdbc;
        this.inputs = inputs;
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
        inputs.changed(project, FinanceInputs.Input.EARNING_METHOD);
        return before;
    }

    /** One milestone: its name, weight (above 0) and the day it was reached (null: not yet). */
    public record Milestone(String name, BigDecimal weight, LocalDate reachedOn) {
    }

    /** A task's milestones in order (empty: none defined). */
    public List<Milestone> milestones(long project, long task) {
        return jdbc.sql("select name, weight, reached_on from task_earning_milestone where project = :p and task = :t "
                        + "order by position")
                .param("p", project).param("t", task)
                .query((rs, row) -> new Milestone(rs.getString(1), rs.getBigDecimal(2),
                        rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** Every task's milestones in order, by task id (tasks without milestones left out). */
    public Map<Long, List<Milestone>> milestonesOf(long project) {
        Map<Long, List<Milestone>> byTask = new LinkedHashMap<>();
        jdbc.sql("select task, name, weight, reached_on from task_earning_milestone where project = :p "
                        + "order by task, position")
                .param("p", project)
                .query((rs, row) -> byTask.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(new Milestone(rs.getString(2), rs.getBigDecimal(3), rs.getObject(4, LocalDate.class))))
                .list();
        return byTask;
    }

    /** Replaces a task's milestones with these, in this order. */
    public void replaceMilestones(long project, long task, List<Milestone> milestones) {
        jdbc.sql("delete from task_earning_milestone where project = :p and task = :t")
                .param("p", project).param("t", task).update();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = milestones.get(i);
            jdbc.sql("insert into task_earning_milestone (project, task, position, name, weight, reached_on) "
                            + "values (:p, :t, :i, :n, :w, :r)")
                    .param("p", project).param("t", task).param("i", i).param("n", milestone.name())
                    .param("w", milestone.weight()).param("r", milestone.reachedOn(), java.sql.Types.DATE).update();
        }
        inputs.changed(project, FinanceInputs.Input.EARNING_METHOD);
    }

    /** Sets the day a milestone was reached (null: not reached); false when the task has no such milestone. */
    public boolean setReached(long project, long task, int position, LocalDate reachedOn) {
        boolean reached = jdbc.sql("update task_earning_milestone set reached_on = :r where project = :p and task = :t "
                        + "and position = :i")
                .param("r", reachedOn, java.sql.Types.DATE).param("p", project).param("t", task).param("i", position)
                .update() == 1;
        if (reached) inputs.changed(project, FinanceInputs.Input.EARNING_METHOD);
        return reached;
    }

    /** Whether any task of any project has earning milestones (the demo's first-run guard). */
    public boolean anyMilestones() {
        return jdbc.sql("select count(*) from task_earning_milestone").query(Long.class).single() > 0;
    }
}
