package org.lodestar.raid.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface Issues extends ListCrudRepository<Issue, Long> {

    List<Issue> findByProjectOrderByIdAsc(long project);

    List<Issue> findByProjectAndStateOrderByIdAsc(long project, String state);
}
