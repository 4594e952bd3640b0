package org.lodestar.governance.internal;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface SteeringCommitteeStore extends ListCrudRepository<SteeringCommittee, Long> {

    Optional<SteeringCommittee> findByPortfolio(long portfolio);
}
