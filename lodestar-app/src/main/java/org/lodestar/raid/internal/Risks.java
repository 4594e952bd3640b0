package org.lodestar.raid.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Risks extends ListCrudRepository<Risk, Long> {

    List<Risk> findByProjectOrderByScoreDescIdAsc(long project);

    List<Risk> findByProjectAndStateOrderByScoreDescIdAsc(long project, String state);

    List<Risk> findByProjectInAndStateOrderByScoreDescIdAsc(Collection<Long> projects, String state);

    @Query("select count(*) from risk where project = :project and state = 'OPEN' and score >= :score")
    long countOpenAtLeast(long project, int score);
}
