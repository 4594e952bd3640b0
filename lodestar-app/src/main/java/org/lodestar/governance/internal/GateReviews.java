package org.lodestar.governance.internal;

import java.util.List;
import java.util.Optional;
import org.lodestar.governance.ReviewState;
import org.springframework.data.repository.ListCrudRepository;

public interface GateReviews extends ListCrudRepository<GateReview, Long> {

    List<GateReview> findByProjectOrderByIdDesc(long project);

    Optional<GateReview> findByProjectAndState(long project, ReviewState state);

    List<GateReview> findByStateOrderByRequestedAtAscIdAsc(ReviewState state);
}
