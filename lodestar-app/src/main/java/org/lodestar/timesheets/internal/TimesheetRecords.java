package org.lodestar.timesheets.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface TimesheetRecords extends ListCrudRepository<Timesheet, Long> {

    Optional<Timesheet> findByPersonAndWeekStart(long person, LocalDate weekStart);

    List<Timesheet> findByStateOrderByWeekStartAscIdAsc(String state);

    List<Timesheet> findByWeekStart(LocalDate weekStart);

    List<Timesheet> findByPersonAndStateOrderByWeekStartAsc(long person, String state);

    List<Timesheet> findByWeekStartBetweenOrderByWeekStartAscIdAsc(LocalDate from, LocalDate to);

    /** The sheets on which the project's hours are approved, each with its lines and approvals. */
    @Query("""
            select t.* from timesheet t
            where exists (select 1 from timesheet_project_approval a where a.timesheet = t.id and a.project = :project)
            order by t.week_start, t.id
            """)
    List<Timesheet> findApprovedFor(@Param("project") long project);
}
