package org.lodestar.planning.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Removes everything planning keeps of a deleted project (its plan with tasks and dependencies, its baselines and
 * its own calendars) and writes one audit entry per record removed, saying it went with the project. Safe to run
 * twice: what is gone already is neither deleted nor audited again.
 */
@Repository
public class ProjectPlanRecords {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ProjectPlanRecords(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Deletes the project's planning records; the audit types are those of the plan, baselines and calendars. */
    public void deleteOf(long project, String projectCode, String baselineType, String calendarType) {
        String reason = "deleted with project " + projectCode;
        record Baseline(long id, int number, String name) {
        }
        List<Baseline> baselines = jdbc.sql("select id, baseline_number, name from baseline where project = :project "
                        + "order by baseline_number")
                .param("project", project)
                .query((rs, row) -> new Baseline(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
        for (Baseline baseline : baselines) {
            // baselines are audited under their project's id, as planning does when one is saved or deleted
            audit.deleted(baselineType, project, projectCode + " " + baseline.name(),
                    fields("number", Integer.toString(baseline.number()), "name", baseline.name(), "reason", reason));
        }
        jdbc.sql("delete from baseline where project = :project").param("project", project).update();
        long tasks = count("select count(*) from plan_task where project = :project", project);
        long dependencies = count("select count(*) from plan_dependency where project = :project", project);
        if (count("select count(*) from plan where project = :project", project) > 0) {
            jdbc.sql("delete from plan_dependency where project = :project").param("project", project).update();
            // subtasks before their summaries: parent keys cascade, but one statement keeps it simple
            jdbc.sql("delete from plan_task where project = :project").param("project", project).update();
            jdbc.sql("delete from plan where project = :project").param("project", project).update();
            audit.deleted(PlanStore.PLAN, project, projectCode, fields("tasks", Long.toString(tasks),
                    "dependencies", Long.toString(dependencies), "reason", reason));
        }
        record Calendar(long id, String name) {
        }
        List<Calendar> calendars = jdbc.sql("select id, name from calendar where project = :project order by id")
                .param("project", project).query((rs, row) -> new Calendar(rs.getLong(1), rs.getString(2))).list();
        for (Calendar calendar : calendars) {
            jdbc.sql("delete from calendar where id = :id").param("id", calendar.id()).update();
            audit.deleted(calendarType, calendar.id(), calendar.name(), fields("project", projectCode, "reason", reason));
        }
    }

    private long count(String sql, long project) {
        return jdbc.sql(sql).param("project", project).query(Long.class).single();
    }

    private static Map<String, String> fields(String... keysAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) fields.put(keysAndValues[i], keysAndValues[i + 1]);
        return fields;
    }
}
