package org.lodestar.raid.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface Decisions extends ListCrudRepository<Decision, Long> {

    List<Decision> findByProjectOrderByDecidedOnDescIdDesc(long project);
}
