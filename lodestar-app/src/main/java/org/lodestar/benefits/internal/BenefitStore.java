package org.lodestar.benefits.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface BenefitStore extends ListCrudRepository<Benefit, Long> {

    List<Benefit> findByProjectOrderByTargetDateAscIdAsc(long project);

    List<Benefit> findByProjectAndState(long project, String state);
}
