package org.lodestar.pmo.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface MentoringStore extends ListCrudRepository<Mentoring, Long> {

    List<Mentoring> findAllByOrderByStartedOnDescIdDesc();
}
