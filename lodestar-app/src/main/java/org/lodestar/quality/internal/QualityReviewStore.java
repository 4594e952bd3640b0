package org.lodestar.quality.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface QualityReviewStore extends ListCrudRepository<QualityReview, Long> {

    List<QualityReview> findByProjectOrderByReviewDateDescIdDesc(long project);
}
