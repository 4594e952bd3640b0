package org.lodestar.intake.internal;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface RequestTypes extends ListCrudRepository<RequestType, Long> {

    Optional<RequestType> findByCode(String code);
}
