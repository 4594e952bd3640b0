package org.lodestar.governance.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface StakeholderStore extends ListCrudRepository<Stakeholder, Long> {

    List<Stakeholder> findByProjectOrderByName(long project);
}
