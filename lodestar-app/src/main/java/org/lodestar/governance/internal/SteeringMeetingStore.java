package org.lodestar.governance.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface SteeringMeetingStore extends ListCrudRepository<SteeringMeeting, Long> {

    List<SteeringMeeting> findByCommitteeOrderByHeldOnDescIdDesc(long committee);
}
