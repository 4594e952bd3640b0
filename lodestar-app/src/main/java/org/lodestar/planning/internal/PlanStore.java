package org.lodestar.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.engine.schedule.LagCalendar;
import org.lodestar.engine.schedule.LagUnit;
import org.lodestar.engine.schedule.ProgressedActivities;
import org.lodestar.engine.schedule.ScheduleMode;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.IdList;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Plans in the database: loads a project's plan as a {@link PlanDraft} and stores an edited draft as the
 * differences from the one it was loaded as, with an audit entry per task and dependency that changed. Plain SQL
 * rather than Spring Data aggregates: a plan is edited one task at a time, and its tasks keep their ids.
 */
@Repository
public class PlanStore {

    public static final String TASK = "plan_task";
    public static final String DEPENDENCY = "plan_dependency";
    public static final String PLAN = "plan";
    public static final String ASSIGNMENT = "plan_assignment";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final AuditTrail audit;
    private final Clock clock;

    PlanStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the project's plan is stored (a project without one reads as an empty plan). */
    public boolean exists(long project) {
        return jdbc.sql("select count(*) from plan where project = :project").param("project", project)
                .query(Long.class).single() > 0;
    }

    /**
     * Holds the plan's row until the transaction ends, so that changes made without a version (applied to the plan
     * as it is) queue behind each other instead of failing each other's conditional update.
     */
    public void lock(long project) {
        jdbc.sql("select version from plan where project = :project for update").param("project", project)
                .query(Long.class).optional();
    }

    /** The plans' versions by project, for those of the projects that have a plan. */
    public Map<Long, Long> versions(IdList projects) {
        if (projects.isEmpty()) return Map.of();
        Map<Long, Long> versions = new HashMap<>();
        projects.bind(jdbc.sql("select project, version from plan" + projects.where("project")))
                .query((RowCallbackHandler) rs -> {
                    if (projects.keeps(rs.getLong(1))) versions.put(rs.getLong(1), rs.getLong(2));
                });
        return versions;
    }

    /** The projects whose plans assign any of these resources, for leveling's fixed load. */
    public List<Long> projectsAssigning(java.util.Collection<Long> resources) {
        if (resources.isEmpty()) return List.of();
        return jdbc.sql("select distinct project from plan_assignment where resource in (:resources) order by project")
                .param("resources", resources).query(Long.class).list();
    }

    /** Those of the projects whose plans assign anyone. */
    public java.util.Set<Long> withAssignments(java.util.Collection<Long> projects) {
        if (projects.isEmpty()) return java.util.Set.of();
        return new java.util.HashSet<>(jdbc.sql("select distinct project from plan_assignment where project in (:projects)")
                .param("projects", projects).query(Long.class).list());
    }

    /** The project's plan, or empty when it has none yet. */
    public Optional<PlanDraft> load(long project) {
        Optional<PlanDraft> found = jdbc.sql("select calendar, start_at, finish_at, status_date, baseline_shown, version, "
                        + "scheduling_rules, progressed_activities, lag_calendar from plan where project = :project")
                .param("project", project)
                .query((rs, row) -> {
                    PlanDraft draft = new PlanDraft(project);
                    draft.stored = true;
                    draft.calendar = rs.getLong("calendar");
                    draft.start = dateTime(rs, "start_at");
                    draft.finish = dateTime(rs, "finish_at");
                    draft.statusDate = dateTime(rs, "status_date");
                    int shown = rs.getInt("baseline_shown");
                    draft.baselineShown = rs.wasNull() ? null : shown;
                    draft.version = rs.getLong("version");
                    draft.rules = ScheduleMode.valueOf(rs.getString("scheduling_rules"));
                    draft.progressedActivities = ProgressedActivities.valueOf(rs.getString("progressed_activities"));
                    draft.lagCalendar = LagCalendar.valueOf(rs.getString("lag_calendar"));
                    return draft;
                }).optional();
        found.ifPresent(this::loadTasks);
        return found;
    }

    private void loadTasks(PlanDraft draft) {
        Map<Long, DraftTask> byId = new HashMap<>();
        Map<DraftTask, Long> parents = new IdentityHashMap<>();
        jdbc.sql("select id, parent, name, duration_minutes, duration_unit, elapsed, calendar, constraint_type, "
                        + "constraint_date, deadline, actual_start, actual_finish, percent_complete, resources, notes, "
                        + "source_uid, source, leveling_delay_minutes, splits from plan_task where project = :project "
                        + "order by position")
                .param("project", draft.project)
                .query(rs -> {
                    DraftTask task = new DraftTask(rs.getString("name"), rs.getInt("duration_minutes"));
                    task.id = rs.getLong("id");
                    long parent = rs.getLong("parent");
                    if (!rs.wasNull()) parents.put(task, parent);
                    task.durationUnit = rs.getString("duration_unit");
                    task.elapsed = rs.getBoolean("elapsed");
                    long calendar = rs.getLong("calendar");
                    task.calendar = rs.wasNull() ? null : calendar;
                    task.constraintType = rs.getString("constraint_type");
                    task.constraintDate = dateTime(rs, "constraint_date");
                    task.deadline = dateTime(rs, "deadline");
                    task.actualStart = dateTime(rs, "actual_start");
                    task.actualFinish = dateTime(rs, "actual_finish");
                    task.percentComplete = rs.getInt("percent_complete");
                    task.resources = rs.getString("resources");
                    task.notes = rs.getString("notes");
                    long sourceUid = rs.getLong("source_uid");
                    task.sourceUid = rs.wasNull() ? null : sourceUid;
                    task.source = rs.getString("source");
                    task.levelingDelay = rs.getInt("leveling_delay_minutes");
                    task.splits = rs.getString("splits");
                    byId.put(task.id, task);
                    draft.tasks.add(task);
                });
        parents.forEach((task, parent) -> task.parent = byId.get(parent));
        jdbc.sql("select id, predecessor, successor, link_type, lag_value, lag_unit, lag_format "
                        + "from plan_dependency where project = :project order by id")
                .param("project", draft.project)
                .query(rs -> {
                    DraftLink link = new DraftLink(byId.get(rs.getLong("predecessor")), byId.get(rs.getLong("successor")),
                            DependencyType.valueOf(rs.getString("link_type")), rs.getInt("lag_value"),
                            LagUnit.valueOf(rs.getString("lag_unit")), rs.getString("lag_format"));
                    link.id = rs.getLong("id");
                    draft.links.add(link);
                });
        jdbc.sql("select f.task, f.field_key, f.field_value from plan_task_field f join plan_task t on t.id = f.task "
                        + "where t.project = :project")
                .param("project", draft.project)
                .query(rs -> {
                    DraftTask task = byId.get(rs.getLong("task"));
                    if (task != null) task.fields.put(rs.getString("field_key"), rs.getString("field_value"));
                });
        jdbc.sql("select id, task, resource, units, booking, contour from plan_assignment where project = :project "
                        + "order by id")
                .param("project", draft.project)
                .query(rs -> {
                    DraftTask task = byId.get(rs.getLong("task"));
                    if (task == null) return;
                    DraftAssignment assignment = new DraftAssignment(rs.getLong("resource"));
                    assignment.id = rs.getLong("id");
                    assignment.units = rs.getInt("units");
                    assignment.booking = rs.getString("booking");
                    assignment.contour = rs.getString("contour");
                    task.assignments.add(assignment);
                });
    }

    /** Rewrites the custom field values of the tasks whose values changed (new tasks' included). */
    private void saveFields(Map<Long, DraftTask> old, PlanDraft after) {
        List<Long> rewritten = new ArrayList<>();
        List<SqlParameterSource> rows = new ArrayList<>();
        for (DraftTask task : after.tasks) {
            DraftTask was = old.get(task.id);
            if (was == null ? task.fields.isEmpty() : was.fields.equals(task.fields)) continue;
            if (was != null) rewritten.add(task.id);
            task.fields.forEach((key, value) -> rows.add(new MapSqlParameterSource("task", task.id)
                    .addValue("key", key).addValue("value", value)));
        }
        if (!rewritten.isEmpty()) {
            jdbc.sql("delete from plan_task_field where task in (:ids)").param("ids", rewritten).update();
        }
        batch.batchUpdate("insert into plan_task_field (task, field_key, field_value) values (:task, :key, :value)",
                rows.toArray(SqlParameterSource[]::new));
    }

    /**
     * Stores {@code after} as the differences from {@code before} (the plan as loaded), raising the plan's version
     * only when something changed. Every task and dependency created, changed or deleted gets its own audit entry
     * with its fields, however the change arrived (one cell edited or a whole plan replaced), and so do the plan's
     * own settings. Returns whether anything changed.
     *
     * @throws OptimisticLockingFailureException when someone else stored a change since {@code before} was loaded
     */
    public boolean save(PlanDraft before, PlanDraft after, String label) {
        Map<Long, DraftTask> old = new HashMap<>();
        before.tasks.forEach(task -> old.put(task.id, task));
        Map<Long, Integer> oldRows = new HashMap<>();
        for (int i = 0; i < before.tasks.size(); i++) oldRows.put(before.tasks.get(i).id, i + 1);

        List<Runnable> audits = new ArrayList<>();
        boolean changed = !before.stored || !before.sameSettings(after);
        writePlan(before, after);

        List<DraftTask> inserted = new ArrayList<>();
        List<MapSqlParameterSource> updates = new ArrayList<>();
        for (int i = 0; i < after.tasks.size(); i++) {
            DraftTask task = after.tasks.get(i);
            int row = i + 1;
            if (task.id == null) {
                changed = true;
                inserted.add(task);
                continue;
            }
            DraftTask was = old.get(task.id);
            if (was != null && was.sameColumns(task) && oldRows.get(task.id) == row) continue;
            changed = true;
            updates.add(taskColumns(task, row).addValue("id", task.id));
            if (was != null) {
                Integer parentRow = task.parent == null ? null : after.row(task.parent);
                Map<String, String> oldSnapshot = was.snapshot(oldRows.get(was.id),
                        was.parent == null ? null : oldRows.get(was.parent.id));
                Map<String, String> newSnapshot = task.snapshot(row, parentRow);
                // a task that only moved down a row because another was inserted above needs no entry
                if (!sameButRows(oldSnapshot, newSnapshot)) {
                    audits.add(() -> audit.updated(TASK, task.id, label + " " + task.name, oldSnapshot, newSnapshot));
                }
            }
        }
        insert(after, inserted);
        // updates after the inserts: a task may move under a new summary
        updates.forEach(update -> update.addValue("parent", taskParent(after, update)));
        batch.batchUpdate("update plan_task set parent = :parent, position = :position, name = :name, "
                + "duration_minutes = :duration, duration_unit = :unit, elapsed = :elapsed, calendar = :calendar, "
                + "constraint_type = :constraintType, constraint_date = :constraintDate, deadline = :deadline, "
                + "actual_start = :actualStart, actual_finish = :actualFinish, percent_complete = :percent, "
                + "resources = :resources, notes = :notes, source_uid = :sourceUid, source = :source, "
                + "leveling_delay_minutes = :levelingDelay, splits = :splits where id = :id",
                updates.toArray(SqlParameterSource[]::new));
        saveFields(old, after);
        for (DraftTask task : inserted) {
            int row = after.row(task);
            Map<String, String> snapshot = task.snapshot(row, task.parent == null ? null : after.row(task.parent));
            audits.add(() -> audit.created(TASK, task.id, label + " " + task.name, snapshot));
        }
        // tasks that are gone, after the others found their new parents (a delete cascades to subtasks,
        // dependencies and baseline values)
        Set<Long> kept = new HashSet<>();
        after.tasks.forEach(task -> kept.add(task.id));
        List<Long> gone = new ArrayList<>();
        for (DraftTask task : before.tasks) {
            if (kept.contains(task.id)) continue;
            changed = true;
            gone.add(task.id);
            Map<String, String> snapshot = task.snapshot(oldRows.get(task.id),
                    task.parent == null ? null : oldRows.get(task.parent.id));
            audits.add(() -> audit.deleted(TASK, task.id, label + " " + task.name, snapshot));
        }
        if (!gone.isEmpty()) jdbc.sql("delete from plan_task where id in (:ids)").param("ids", gone).update();
        changed |= saveLinks(before, after, label, audits);
        changed |= saveAssignments(before, after, label, kept, audits);
        if (!changed) return false;
        if (!before.stored) {
            audits.add(() -> audit.created(PLAN, after.project, label, settingsSnapshot(after)));
        } else if (!before.sameSettings(after)) {
            // item by item, the plan's own settings are an item too
            audits.add(() -> audit.updated(PLAN, after.project, label, settingsSnapshot(before), settingsSnapshot(after)));
        }
        audits.forEach(Runnable::run);
        return true;
    }

    /**
     * Stores the tasks' assignments as the differences from the plan as loaded, an audit entry each; those of
     * deleted tasks went with them (on delete cascade), audited here all the same.
     */
    private boolean saveAssignments(PlanDraft before, PlanDraft after, String label, Set<Long> keptTasks,
                                    List<Runnable> audits) {
        boolean changed = false;
        Map<Long, DraftAssignment> old = new HashMap<>();
        Map<Long, DraftTask> oldTasks = new HashMap<>();
        for (DraftTask task : before.tasks) {
            for (DraftAssignment assignment : task.assignments) {
                old.put(assignment.id, assignment);
                oldTasks.put(assignment.id, task);
            }
        }
        Set<Long> kept = new HashSet<>();
        List<MapSqlParameterSource> inserts = new ArrayList<>();
        List<DraftAssignment> inserted = new ArrayList<>();
        List<DraftTask> insertedTasks = new ArrayList<>();
        for (DraftTask task : after.tasks) {
            int row = after.row(task);
            for (DraftAssignment assignment : task.assignments) {
                if (assignment.id == null) {
                    inserts.add(assignmentColumns(assignment).addValue("project", after.project).addValue("task", task.id));
                    inserted.add(assignment);
                    insertedTasks.add(task);
                    continue;
                }
                kept.add(assignment.id);
                DraftAssignment was = old.get(assignment.id);
                if (was == null || was.sameColumns(assignment)) continue;
                changed = true;
                jdbc.sql("update plan_assignment set resource = :resource, units = :units, booking = :booking, "
                                + "contour = :contour where id = :id")
                        .paramSource(assignmentColumns(assignment).addValue("id", assignment.id)).update();
                Map<String, String> oldSnapshot = was.snapshot(row, task.name);
                Map<String, String> newSnapshot = assignment.snapshot(row, task.name);
                long id = assignment.id;
                audits.add(() -> audit.updated(ASSIGNMENT, id, label + " " + task.name, oldSnapshot, newSnapshot));
            }
        }
        List<Long> gone = new ArrayList<>();
        for (Map.Entry<Long, DraftAssignment> entry : old.entrySet()) {
            if (kept.contains(entry.getKey())) continue;
            changed = true;
            DraftTask task = oldTasks.get(entry.getKey());
            if (keptTasks.contains(task.id)) gone.add(entry.getKey());
            Map<String, String> snapshot = entry.getValue().snapshot(before.row(task), task.name);
            long id = entry.getKey();
            audits.add(() -> audit.deleted(ASSIGNMENT, id, label + " " + task.name, snapshot));
        }
        if (!gone.isEmpty()) jdbc.sql("delete from plan_assignment where id in (:ids)").param("ids", gone).update();
        if (!inserts.isEmpty()) {
            changed = true;
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            batch.batchUpdate("insert into plan_assignment (project, task, resource, units, booking, contour) "
                            + "values (:project, :task, :resource, :units, :booking, :contour)",
                    inserts.toArray(SqlParameterSource[]::new), keys, new String[] {"id"});
            List<Map<String, Object>> ids = keys.getKeyList();
            for (int i = 0; i < inserted.size(); i++) {
                DraftAssignment assignment = inserted.get(i);
                DraftTask task = insertedTasks.get(i);
                assignment.id = ((Number) ids.get(i).values().iterator().next()).longValue();
                Map<String, String> snapshot = assignment.snapshot(after.row(task), task.name);
                long id = assignment.id;
                audits.add(() -> audit.created(ASSIGNMENT, id, label + " " + task.name, snapshot));
            }
        }
        return changed;
    }

    private static MapSqlParameterSource assignmentColumns(DraftAssignment assignment) {
        return new MapSqlParameterSource().addValue("resource", assignment.resource)
                .addValue("units", assignment.units).addValue("booking", assignment.booking)
                .addValue("contour", assignment.contour);
    }

    /** The plan's settings: start, finish, status date, calendar and shown baseline. */
    private static Map<String, String> settingsSnapshot(PlanDraft plan) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("start", plan.start == null ? null : plan.start.toString());
        fields.put("finish", plan.finish == null ? null : plan.finish.toString());
        fields.put("statusDate", plan.statusDate == null ? null : plan.statusDate.toString());
        fields.put("calendar", Long.toString(plan.calendar));
        fields.put("baselineShown", plan.baselineShown == null ? null : plan.baselineShown.toString());
        fields.put("schedulingRules", plan.rules.name());
        fields.put("progressedActivities", plan.progressedActivities.name());
        fields.put("lagCalendar", plan.lagCalendar.name());
        return fields;
    }

    private static boolean sameButRows(Map<String, String> before, Map<String, String> after) {
        Map<String, String> a = new LinkedHashMap<>(before);
        Map<String, String> b = new LinkedHashMap<>(after);
        a.remove("row");
        b.remove("row");
        a.remove("parent");
        b.remove("parent");
        return a.equals(b) && (before.get("parent") == null) == (after.get("parent") == null);
    }

    private boolean saveLinks(PlanDraft before, PlanDraft after, String label,
                              List<Runnable> audits) {
        boolean changed = false;
        Map<Long, DraftLink> old = new HashMap<>();
        before.links.forEach(link -> old.put(link.id, link));
        Set<Long> kept = new HashSet<>();
        after.links.forEach(link -> kept.add(link.id));
        Set<Long> keptTasks = new HashSet<>();
        after.tasks.forEach(task -> keptTasks.add(task.id));
        List<Long> goneLinks = new ArrayList<>();
        for (DraftLink gone : before.links) {
            if (kept.contains(gone.id)) continue;
            changed = true;
            Map<String, String> snapshot = snapshot(gone, before);
            audits.add(() -> audit.deleted(DEPENDENCY, gone.id, label + " " + describe(gone), snapshot));
            // links of deleted tasks went with them
            if (keptTasks.contains(gone.predecessor.id) && keptTasks.contains(gone.successor.id)) goneLinks.add(gone.id);
        }
        if (!goneLinks.isEmpty()) jdbc.sql("delete from plan_dependency where id in (:ids)").param("ids", goneLinks).update();
        List<DraftLink> added = after.links.stream().filter(link -> link.id == null).toList();
        if (!added.isEmpty()) {
            changed = true;
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            batch.batchUpdate("insert into plan_dependency (project, predecessor, successor, link_type, lag_value, "
                            + "lag_unit, lag_format) values (:project, :predecessor, :successor, :type, :lag, :unit, :format)",
                    added.stream().map(link -> new MapSqlParameterSource(linkColumns(link)).addValue("project", after.project))
                            .toArray(SqlParameterSource[]::new), keys, new String[] {"id"});
            List<Map<String, Object>> ids = keys.getKeyList();
            for (int i = 0; i < added.size(); i++) {
                DraftLink link = added.get(i);
                link.id = ((Number) ids.get(i).values().iterator().next()).longValue();
                Map<String, String> snapshot = snapshot(link, after);
                long id = link.id;
                audits.add(() -> audit.created(DEPENDENCY, id, label + " " + describe(link), snapshot));
            }
        }
        Set<DraftLink> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
        fresh.addAll(added);
        for (DraftLink link : after.links) {
            if (fresh.contains(link)) continue;
            DraftLink was = old.get(link.id);
            if (was != null && was.sameColumns(link)) continue;
            changed = true;
            jdbc.sql("update plan_dependency set link_type = :type, lag_value = :lag, lag_unit = :unit, "
                            + "lag_format = :format where id = :id")
                    .params(linkColumns(link)).param("id", link.id).update();
            if (was != null) {
                Map<String, String> oldSnapshot = snapshot(was, before);
                Map<String, String> newSnapshot = snapshot(link, after);
                audits.add(() -> audit.updated(DEPENDENCY, link.id, label + " " + describe(link), oldSnapshot, newSnapshot));
            }
        }
        return changed;
    }

    private static Map<String, Object> linkColumns(DraftLink link) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("predecessor", link.predecessor.id);
        columns.put("successor", link.successor.id);
        columns.put("type", link.type.name());
        columns.put("lag", link.lag);
        columns.put("unit", link.lagUnit.name());
        columns.put("format", link.lagFormat);
        return columns;
    }

    private static String describe(DraftLink link) {
        return link.predecessor.name + " → " + link.successor.name;
    }

    private static Map<String, String> snapshot(DraftLink link, PlanDraft plan) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("predecessor", plan.row(link.predecessor) + " " + link.predecessor.name);
        fields.put("successor", plan.row(link.successor) + " " + link.successor.name);
        fields.put("type", link.type.name());
        fields.put("lag", link.lag + " " + link.lagUnit + " (" + link.lagFormat + ")");
        return fields;
    }

    private void writePlan(PlanDraft before, PlanDraft after) {
        Instant now = Instant.now(clock);
        if (!before.stored && exists(after.project)) {
            // planning's listener stored the project's empty plan after this one was read as empty: the change
            // applies to that plan as long as it is still untouched
            if (!untouchedSeed(after.project)) {
                throw new OptimisticLockingFailureException("plan of project " + after.project + " changed");
            }
            before.version = 1;
        } else if (!before.stored) {
            jdbc.sql("insert into plan (project, calendar, start_at, finish_at, status_date, baseline_shown, "
                            + "scheduling_rules, progressed_activities, lag_calendar, version, created_at, updated_at) "
                            + "values (:project, :calendar, :start, :finish, :status, :shown, :rules, :progressed, "
                            + ":lagCalendar, 1, :now, :now)")
                    .param("project", after.project).params(planColumns(after)).param("now", Timestamp.from(now))
                    .update();
            after.version = 1;
            after.stored = true;
            return;
        }
        int updated = jdbc.sql("update plan set calendar = :calendar, start_at = :start, finish_at = :finish, "
                        + "status_date = :status, baseline_shown = :shown, scheduling_rules = :rules, "
                        + "progressed_activities = :progressed, lag_calendar = :lagCalendar, version = version + 1, "
                        + "updated_at = :now where project = :project and version = :version")
                .params(planColumns(after)).param("now", Timestamp.from(now))
                .param("project", after.project).param("version", before.version)
                .update();
        if (updated == 0) throw new OptimisticLockingFailureException("plan of project " + after.project + " changed");
        after.version = before.version + 1;
        after.stored = true;
    }

    private boolean untouchedSeed(long project) {
        return jdbc.sql("select count(*) from plan p where p.project = :project and p.version = 1 "
                        + "and not exists (select 1 from plan_task t where t.project = p.project)")
                .param("project", project).query(Long.class).single() > 0;
    }

    /**
     * Raises the plan's version without other change, for changes stored elsewhere that the plan page shows
     * (baselines): a page holding the old version then reloads rather than overwrite.
     */
    public void touch(long project) {
        jdbc.sql("update plan set version = version + 1, updated_at = :now where project = :project")
                .param("now", Timestamp.from(Instant.now(clock))).param("project", project).update();
    }

    private static Map<String, Object> planColumns(PlanDraft plan) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("calendar", plan.calendar);
        columns.put("start", timestamp(plan.start));
        columns.put("finish", timestamp(plan.finish));
        columns.put("status", timestamp(plan.statusDate));
        columns.put("shown", plan.baselineShown);
        columns.put("rules", plan.rules.name());
        columns.put("progressed", plan.progressedActivities.name());
        columns.put("lagCalendar", plan.lagCalendar.name());
        return columns;
    }

    /**
     * Inserts new tasks in one batch, then gives those under a summary their parent (a summary may be new too),
     * so that a whole plan is stored in a few statements.
     */
    private void insert(PlanDraft plan, List<DraftTask> tasks) {
        if (tasks.isEmpty()) return;
        SqlParameterSource[] rows = tasks.stream()
                .map(task -> taskColumns(task, plan.row(task)).addValue("project", plan.project).addValue("parent", null))
                .toArray(SqlParameterSource[]::new);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        batch.batchUpdate("insert into plan_task (project, parent, position, name, duration_minutes, duration_unit, "
                + "elapsed, calendar, constraint_type, constraint_date, deadline, actual_start, actual_finish, "
                + "percent_complete, resources, notes, source_uid, source, leveling_delay_minutes, splits) values "
                + "(:project, :parent, :position, :name, :duration, :unit, :elapsed, :calendar, :constraintType, "
                + ":constraintDate, :deadline, :actualStart, :actualFinish, :percent, :resources, :notes, :sourceUid, "
                + ":source, :levelingDelay, :splits)", rows, keys, new String[] {"id"});
        List<Map<String, Object>> ids = keys.getKeyList();
        for (int i = 0; i < tasks.size(); i++) tasks.get(i).id = ((Number) ids.get(i).values().iterator().next()).longValue();
        SqlParameterSource[] parents = tasks.stream().filter(task -> task.parent != null)
                .map(task -> new MapSqlParameterSource("id", task.id).addValue("parent", task.parent.id))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("update plan_task set parent = :parent where id = :id", parents);
    }

    private static Long taskParent(PlanDraft plan, MapSqlParameterSource update) {
        DraftTask task = plan.task((Long) update.getValue("id"));
        return task.parentId();
    }

    private static MapSqlParameterSource taskColumns(DraftTask task, int row) {
        MapSqlParameterSource columns = new MapSqlParameterSource();
        columns.addValue("parent", task.parentId());
        columns.addValue("position", row);
        columns.addValue("name", task.name);
        columns.addValue("duration", task.duration);
        columns.addValue("unit", task.durationUnit);
        columns.addValue("elapsed", task.elapsed);
        columns.addValue("calendar", task.calendar);
        columns.addValue("constraintType", task.constraintType);
        columns.addValue("constraintDate", timestamp(task.constraintDate));
        columns.addValue("deadline", timestamp(task.deadline));
        columns.addValue("actualStart", timestamp(task.actualStart));
        columns.addValue("actualFinish", timestamp(task.actualFinish));
        columns.addValue("percent", task.percentComplete);
        columns.addValue("resources", task.resources);
        columns.addValue("notes", task.notes);
        columns.addValue("sourceUid", task.sourceUid);
        columns.addValue("source", task.source);
        columns.addValue("levelingDelay", task.levelingDelay);
        columns.addValue("splits", task.splits);
        return columns;
    }

    static Timestamp timestamp(LocalDateTime value) {
        return value == null ? null : Timestamp.valueOf(value);
    }

    static LocalDateTime dateTime(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }
}
