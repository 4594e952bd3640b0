package org.lodestar.portfolio.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface Projects extends ListCrudRepository<Project, Long> {

    Optional<Project> findByCode(String code);

    long countByProgramme(long programme);

    @Query("select max(id) from project")
    Optional<Long> highestId();

    /** Sets the copy of the project's reported health, leaving its version (and so its editors' work) alone. */
    @Modifying
    @Query("update project set reported_health = :health where id = :id")
    int recordReportedHealth(@Param("id") long id, @Param("health") String health);

    /**
     * Sets the dates the project's plan gives and where they come from, leaving its version (and so its editors'
     * work) alone: they are not edited by hand while the project has a plan.
     */
    @Modifying
    @Query("""
            update project set dates_from_plan = true, planned_baseline = :baseline,
                planned_start = :plannedStart, planned_finish = :plannedFinish,
                forecast_start = :forecastStart, forecast_finish = :forecastFinish,
                actual_start = :actualStart, actual_finish = :actualFinish
            where id = :id""")
    int recordPlanDates(@Param("id") long id, @Param("forecastStart") java.time.LocalDate forecastStart,
                        @Param("forecastFinish") java.time.LocalDate forecastFinish, @Param("baseline") Integer baseline,
                        @Param("plannedStart") java.time.LocalDate plannedStart,
                        @Param("plannedFinish") java.time.LocalDate plannedFinish,
                        @Param("actualStart") java.time.LocalDate actualStart,
                        @Param("actualFinish") java.time.LocalDate actualFinish);

    /** The project has no plan any more: its dates, as they stand, are entered by hand again. */
    @Modifying
    @Query("update project set dates_from_plan = false, planned_baseline = null where id = :id")
    int recordNoPlan(@Param("id") long id);
}
