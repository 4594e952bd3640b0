package org.lodestar.platform.internal;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface Users extends ListCrudRepository<User, Long> {

    Optional<User> findByUsername(String username);
}
