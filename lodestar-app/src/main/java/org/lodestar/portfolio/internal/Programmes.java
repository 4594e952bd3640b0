package org.lodestar.portfolio.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface Programmes extends ListCrudRepository<Programme, Long> {
    List<Programme> findAllByOrderByName();

    Optional<Programme> findByCode(String code);

    List<Programme> findByPortfolioOrderByName(long portfolio);
}
