package org.lodestar.portfolio.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface KeyResults extends ListCrudRepository<KeyResult, Long> {

    List<KeyResult> findAllByOrderByObjectiveAscIdAsc();
}
