package org.lodestar.governance.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface SteeringDecisionStore extends ListCrudRepository<SteeringDecision, Long> {

    List<SteeringDecision> findByPortfolioOrderByDecidedOnDescIdDesc(long portfolio);

    List<SteeringDecision> findByMeetingOrderById(long meeting);
}
