package org.lodestar.portfolio.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface CustomFieldDefinitions extends ListCrudRepository<CustomFieldDefinition, Long> {
    List<CustomFieldDefinition> findAllByOrderByPositionAscIdAsc();

    Optional<CustomFieldDefinition> findByFieldKey(String key);
}
