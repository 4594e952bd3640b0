package org.lodestar.portfolio.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CustomFieldDefinitions extends ListCrudRepository<CustomFieldDefinition, Long> {
    List<CustomFieldDefinition> findAllByOrderByPositionAscIdAsc();

    Optional<CustomFieldDefinition> findByFieldKey(String key);

    /** How many projects have a value for the field. */
    @Query("select count(*) from project_custom_value where custom_field = :field")
    long countValues(long field);
}
