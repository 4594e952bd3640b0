package org.lodestar.governance.internal;

import org.springframework.data.repository.ListCrudRepository;

public interface GovernedProjects extends ListCrudRepository<GovernedProject, Long> {
}
