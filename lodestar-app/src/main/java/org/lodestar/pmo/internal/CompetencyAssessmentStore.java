package org.lodestar.pmo.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface CompetencyAssessmentStore extends ListCrudRepository<CompetencyAssessment, Long> {

    List<CompetencyAssessment> findAllByOrderByAssessedOnDescIdDesc();

    List<CompetencyAssessment> findByPersonOrderByAssessedOnDescIdDesc(long person);
}
