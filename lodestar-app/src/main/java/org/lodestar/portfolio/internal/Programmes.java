package org.lodestar.portfolio.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface Programmes extends ListCrudRepository<Programme, Long> {
    List<Programme> findAllByOrderByName();

    List<Programme> findByPortfolioOrderByName(long portfolio);
}
