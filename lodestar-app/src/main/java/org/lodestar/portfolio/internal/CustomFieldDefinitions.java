package org.lodestar.portfolio.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface CustomFieldDefinitions extends ListCrudRepository<CustomFieldDefinition, Long> {
    List<CustomFieldDefinition> findAllByOrderByPositionAscIdAsc();

    Optional<CustomFieldDefinition> findByFieldKey(String key);

    /** How many projects have a value for the field. */
    @Query("select count(*) from project_custom_value where custom_field = :field")
    long countValues(long field);

    /** The codes of the projects whose value for the field is one of these, in code order. */
    @Query("""
            select p.code from project p join project_custom_value v on v.project = p.id
            where v.custom_field = :field and v.field_value in (:values) order by p.code""")
    List<String> projectsWithValues(@Param("field") long field, @Param("values") Collection<String> values);

    /** Which of these values projects hold for the field. */
    @Query("select distinct field_value from project_custom_value where custom_field = :field and field_value in (:values)")
    List<String> valuesAmong(@Param("field") long field, @Param("values") Collection<String> values);
}
