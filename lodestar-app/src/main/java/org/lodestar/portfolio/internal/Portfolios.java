package org.lodestar.portfolio.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface Portfolios extends ListCrudRepository<Portfolio, Long> {
    List<Portfolio> findAllByOrderByName();

    Optional<Portfolio> findByCode(String code);
}
