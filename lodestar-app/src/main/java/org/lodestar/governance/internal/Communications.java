package org.lodestar.governance.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface Communications extends ListCrudRepository<Communication, Long> {

    List<Communication> findByProjectOrderById(long project);
}
