package org.lodestar.pmo.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface MaturityAssessmentStore extends ListCrudRepository<MaturityAssessment, Long> {

    List<MaturityAssessment> findAllByOrderByAssessedOnDescIdDesc();
}
