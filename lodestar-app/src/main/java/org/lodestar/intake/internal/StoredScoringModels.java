package org.lodestar.intake.internal;

import org.springframework.data.repository.ListCrudRepository;

public interface StoredScoringModels extends ListCrudRepository<StoredScoringModel, Long> {
}
