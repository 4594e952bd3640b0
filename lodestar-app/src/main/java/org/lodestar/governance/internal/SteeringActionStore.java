package org.lodestar.governance.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface SteeringActionStore extends ListCrudRepository<SteeringAction, Long> {

    List<SteeringAction> findByPortfolioOrderByDueAscIdAsc(long portfolio);

    List<SteeringAction> findByMeetingOrderById(long meeting);
}
