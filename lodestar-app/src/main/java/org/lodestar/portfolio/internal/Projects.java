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
}
