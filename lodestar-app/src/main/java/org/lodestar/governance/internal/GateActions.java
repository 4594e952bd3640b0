package org.lodestar.governance.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface GateActions extends ListCrudRepository<GateAction, Long> {

    List<GateAction> findByProjectOrderById(long project);
}
