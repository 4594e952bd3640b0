package org.lodestar.status.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface Cycles extends ListCrudRepository<ReportingCycle, Long> {

    List<ReportingCycle> findAllByOrderByName();
}
