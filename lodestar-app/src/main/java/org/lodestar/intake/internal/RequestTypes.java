package org.lodestar.intake.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface RequestTypes extends ListCrudRepository<RequestType, Long> {

    Optional<RequestType> findByCode(String code);

    /** Whether some request of the type holds a value (or a file) for the field. */
    @Query("""
            select (exists (select 1 from project_request_value v join project_request r on r.id = v.project_request
                           where r.request_type = :type and v.field_key = :key)
                or exists (select 1 from project_request_attachment a join project_request r on r.id = a.project_request
                           where r.request_type = :type and a.field_key = :key))
            """)
    boolean hasValues(@Param("type") long type, @Param("key") String key);
}
