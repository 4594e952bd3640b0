package org.lodestar.portfolio.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Projects extends ListCrudRepository<Project, Long> {

    Optional<Project> findByCode(String code);

    long countByProgramme(long programme);

    @Query("select max(id) from project")
    Optional<Long> highestId();
}
