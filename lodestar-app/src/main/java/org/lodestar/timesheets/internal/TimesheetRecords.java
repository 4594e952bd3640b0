package org.lodestar.timesheets.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface TimesheetRecords extends ListCrudRepository<Timesheet, Long> {

    Optional<Timesheet> findByPersonAndWeekStart(long person, LocalDate weekStart);

    List<Timesheet> findByStateOrderByWeekStartAscIdAsc(String state);

    List<Timesheet> findByWeekStart(LocalDate weekStart);

    List<Timesheet> findByPersonAndStateOrderByWeekStartAsc(long person, String state);

    List<Timesheet> findByStateAndWeekStartBetweenOrderByWeekStartAscIdAsc(String state, LocalDate from, LocalDate to);

    List<Timesheet> findByWeekStartBetweenOrderByWeekStartAscIdAsc(LocalDate from, LocalDate to);
}
