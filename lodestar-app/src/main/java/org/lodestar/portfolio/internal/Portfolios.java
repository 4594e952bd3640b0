package org.lodestar.portfolio.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface Portfolios extends ListCrudRepository<Portfolio, Long> {
    List<Portfolio> findAllByOrderByName();
}
