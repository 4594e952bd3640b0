package org.lodestar.intake.internal;

import org.springframework.data.repository.ListCrudRepository;

public interface StoredScenarios extends ListCrudRepository<StoredScenario, Long> {
}
