package org.lodestar.performance.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface KpiStore extends ListCrudRepository<Kpi, Long> {

    List<Kpi> findAllByOrderByShippedDescIdAsc();

    Optional<Kpi> findByCode(String code);
}
