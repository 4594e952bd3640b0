package org.lodestar.planning.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Calendars in the database: a calendar is stored and read whole, with its working week and exceptions. */
@Repository
public class CalendarStore {

    /** A working period, in minutes after midnight (1440 = 24:00). */
    public record Span(int from, int to) {
    }

    /** An exception to the week for a range of days: no spans is a holiday. */
    public record Exception(Long id, String name, LocalDate firstDay, LocalDate lastDay, List<Span> spans) {
    }

    /** A stored calendar; {@code project} is null for an organisation calendar. */
    public record Row(Long id, Long project, String name, int minutesPerDay, int minutesPerWeek, int daysPerMonth,
                      Map<DayOfWeek, List<Span>> week, List<Exception> exceptions, long version) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CalendarStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A calendar's id, project (null: the organisation's) and version. */
    public record Version(long id, Long project, long version) {
    }

    /** Every calendar's version, by id. */
    public List<Version> versions() {
        return jdbc.sql("select id, project, version from calendar order by id")
                .query((rs, row) -> new Version(rs.getLong(1), rs.getObject(2, Long.class), rs.getLong(3))).list();
    }

    public Optional<Row> find(long id) {
        return rows("where id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The organisation's calendars, and the project's own when a project is given; by name. */
    public List<Row> visible(Long project) {
        return project == null ? rows("where project is null", Map.of())
                : rows("where project is null or project = :project", Map.of("project", project));
    }

    /** The organisation calendar a new plan starts with: the oldest. */
    public long defaultCalendar() {
        return jdbc.sql("select min(id) from calendar where project is null").query(Long.class).single();
    }

    private List<Row> rows(String where, Map<String, Object> parameters) {
        List<Row> headers = jdbc.sql("select id, project, name, minutes_per_day, minutes_per_week, days_per_month, "
                        + "version from calendar " + where + " order by name, id")
                .params(parameters)
                .query((rs, n) -> {
                    long projectId = rs.getLong("project");
                    Long project = rs.wasNull() ? null : projectId;
                    return new Row(rs.getLong("id"), project, rs.getString("name"),
                            rs.getInt("minutes_per_day"), rs.getInt("minutes_per_week"), rs.getInt("days_per_month"),
                            null, null, rs.getLong("version"));
                }).list();
        List<Row> full = new ArrayList<>();
        for (Row header : headers) {
            Map<DayOfWeek, List<Span>> week = new LinkedHashMap<>();
            for (DayOfWeek day : DayOfWeek.values()) week.put(day, new ArrayList<>());
            jdbc.sql("select day_of_week, from_minute, to_minute from calendar_hours where calendar = :id "
                            + "order by day_of_week, position")
                    .param("id", header.id())
                    .query(rs -> {
                        week.get(DayOfWeek.of(rs.getInt(1))).add(new Span(rs.getInt(2), rs.getInt(3)));
                    });
            List<Exception> exceptions = new ArrayList<>();
            jdbc.sql("select id, name, first_day, last_day from calendar_exception where calendar = :id "
                            + "order by first_day, id")
                    .param("id", header.id())
                    .query(rs -> {
                        exceptions.add(new Exception(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                                rs.getDate(4).toLocalDate(), new ArrayList<>()));
                    });
            for (Exception exception : exceptions) {
                jdbc.sql("select from_minute, to_minute from calendar_exception_hours where calendar_exception = :id "
                                + "order by position")
                        .param("id", exception.id())
                        .query(rs -> {
                            exception.spans().add(new Span(rs.getInt(1), rs.getInt(2)));
                        });
            }
            full.add(new Row(header.id(), header.project(), header.name(), header.minutesPerDay(),
                    header.minutesPerWeek(), header.daysPerMonth(), week, exceptions, header.version()));
        }
        return full;
    }

    /** Stores a new calendar ({@code id} null) or replaces a stored one whose version is {@code row.version()}. */
    public long save(Row row) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        long id;
        if (row.id() == null) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into calendar (project, name, minutes_per_day, minutes_per_week, days_per_month, version, "
                            + "created_at, updated_at) values (:project, :name, :day, :week, :month, 0, :now, :now)")
                    .param("project", row.project()).param("name", row.name()).param("day", row.minutesPerDay())
                    .param("week", row.minutesPerWeek()).param("month", row.daysPerMonth()).param("now", now)
                    .update(key, "id");
            id = key.getKey().longValue();
        } else {
            id = row.id();
            int updated = jdbc.sql("update calendar set name = :name, minutes_per_day = :day, minutes_per_week = :week, "
                            + "days_per_month = :month, version = version + 1, updated_at = :now "
                            + "where id = :id and version = :version")
                    .param("name", row.name()).param("day", row.minutesPerDay()).param("week", row.minutesPerWeek())
                    .param("month", row.daysPerMonth()).param("now", now).param("id", id)
                    .param("version", row.version())
                    .update();
            if (updated == 0) throw new OptimisticLockingFailureException("calendar " + id + " changed");
            jdbc.sql("delete from calendar_hours where calendar = :id").param("id", id).update();
            jdbc.sql("delete from calendar_exception where calendar = :id").param("id", id).update();
        }
        for (Map.Entry<DayOfWeek, List<Span>> day : row.week().entrySet()) {
            int position = 0;
            for (Span span : day.getValue()) {
                jdbc.sql("insert into calendar_hours (calendar, day_of_week, position, from_minute, to_minute) "
                                + "values (:calendar, :day, :position, :from, :to)")
                        .param("calendar", id).param("day", day.getKey().getValue()).param("position", position++)
                        .param("from", span.from()).param("to", span.to())
                        .update();
            }
        }
        for (Exception exception : row.exceptions()) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into calendar_exception (calendar, name, first_day, last_day) "
                            + "values (:calendar, :name, :first, :last)")
                    .param("calendar", id).param("name", exception.name()).param("first", exception.firstDay())
                    .param("last", exception.lastDay())
                    .update(key, "id");
            long exceptionId = key.getKey().longValue();
            int position = 0;
            for (Span span : exception.spans()) {
                jdbc.sql("insert into calendar_exception_hours (calendar_exception, position, from_minute, to_minute) "
                                + "values (:exception, :position, :from, :to)")
                        .param("exception", exceptionId).param("position", position++)
                        .param("from", span.from()).param("to", span.to())
                        .update();
            }
        }
        return id;
    }

    /** Whether a plan or task uses the calendar. */
    public boolean inUse(long id) {
        return jdbc.sql("select count(*) from plan where calendar = :id").param("id", id).query(Long.class).single() > 0
                || jdbc.sql("select count(*) from plan_task where calendar = :id").param("id", id)
                .query(Long.class).single() > 0;
    }

    /**
     * The longest working time (a task's duration or a lag, in working minutes) scheduled on this calendar, with a
     * project that has it: a task's own calendar, or the plan's for tasks without one.
     */
    public Optional<LongestWork> longestWorkOn(long calendar) {
        return jdbc.sql("""
                select w.minutes, w.project from (
                    select t.project, t.duration_minutes as minutes from plan_task t join plan pl on pl.project = t.project
                    where not t.elapsed and coalesce(t.calendar, pl.calendar) = :calendar
                    union all
                    select d.project, d.lag_value from plan_dependency d join plan pl on pl.project = d.project
                    where d.lag_unit = 'WORKING' and pl.calendar = :calendar
                ) w order by w.minutes desc, w.project fetch first 1 rows only""")
                .param("calendar", calendar)
                .query((rs, row) -> new LongestWork(rs.getLong(1), rs.getLong(2))).optional();
    }

    /** Working minutes, and a project that has them. */
    public record LongestWork(long minutes, long project) {
    }
}
