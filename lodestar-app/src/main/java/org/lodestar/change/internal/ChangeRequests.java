package org.lodestar.change.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface ChangeRequests extends ListCrudRepository<ChangeRequest, Long> {

    List<ChangeRequest> findByProjectOrderByIdDesc(long project);

    List<ChangeRequest> findByStateAndRoutingOrderByIdAsc(String state, String routing);

    List<ChangeRequest> findByStateOrderByIdAsc(String state);
}
