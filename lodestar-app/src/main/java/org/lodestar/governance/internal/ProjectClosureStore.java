package org.lodestar.governance.internal;

import org.springframework.data.repository.ListCrudRepository;

public interface ProjectClosureStore extends ListCrudRepository<ProjectClosure, Long> {
}
