package org.lodestar.resources.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface Allocations extends ListCrudRepository<Allocation, Long> {

    List<Allocation> findByProjectOrderByMonthStartAscRoleAscIdAsc(long project);
}
