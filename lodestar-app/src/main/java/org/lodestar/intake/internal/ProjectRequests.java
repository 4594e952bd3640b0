package org.lodestar.intake.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ProjectRequests extends ListCrudRepository<ProjectRequest, Long> {

    Optional<ProjectRequest> findByCode(String code);

    List<ProjectRequest> findByProject(long project);

    @Query("select max(id) from project_request")
    Optional<Long> highestId();
}
