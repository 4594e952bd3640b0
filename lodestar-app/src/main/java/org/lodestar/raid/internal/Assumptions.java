package org.lodestar.raid.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface Assumptions extends ListCrudRepository<Assumption, Long> {

    List<Assumption> findByProjectOrderByIdAsc(long project);
}
