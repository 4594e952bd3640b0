package org.lodestar.governance;

import java.time.LocalDate;
import org.lodestar.portfolio.Reference;

/** An item of a project's communication plan; {@code due} when its next date is today or past. */
public record CommunicationView(long id, long projectId, String audience, String content, CommunicationChannel channel,
                                CommunicationFrequency frequency, Reference owner, LocalDate nextDue, LocalDate lastSent,
                                boolean due, long version) {
}
