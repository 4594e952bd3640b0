package org.lodestar.reporting.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface DistributionStore extends ListCrudRepository<Distribution, Long> {

    List<Distribution> findAllByOrderByNameAscIdAsc();
}
