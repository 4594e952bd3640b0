package org.lodestar.status.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Reports extends ListCrudRepository<StatusReport, Long> {

    /** The latest revision of a project's report for a period. */
    Optional<StatusReport> findFirstByProjectAndPeriodEndOrderByRevisionDesc(long project, LocalDate periodEnd);

    /** The project's most recent report of any period, the one a new report is pre-filled from. */
    Optional<StatusReport> findFirstByProjectOrderByPeriodEndDescRevisionDesc(long project);

    /** Marks the earlier revisions of a period as replaced by a newly published one (they are locked already). */
    @Modifying
    @Query("update status_report set superseded = true, updated_at = :now where project = :project "
            + "and period_end = :period and revision < :revision")
    void supersede(long project, LocalDate period, int revision, java.time.Instant now);

    @Query("select id from status_report where project = :project and superseded = false "
            + "order by period_end desc, revision desc limit :limit")
    List<Long> recentIds(long project, int limit);
}
