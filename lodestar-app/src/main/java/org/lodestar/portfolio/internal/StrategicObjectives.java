package org.lodestar.portfolio.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface StrategicObjectives extends ListCrudRepository<StrategicObjective, Long> {
    List<StrategicObjective> findAllByOrderByCode();
}
