package org.lodestar.resources.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface Resources extends ListCrudRepository<Resource, Long> {

    Optional<Resource> findByUserId(Long userId);
}
