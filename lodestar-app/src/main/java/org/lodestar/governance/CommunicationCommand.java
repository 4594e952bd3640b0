package org.lodestar.governance;

import java.time.LocalDate;

/** An item of a project's communication plan as written: the owner a person's id, {@code firstDue} its first date. */
public record CommunicationCommand(String audience, String content, CommunicationChannel channel, CommunicationFrequency frequency,
                                   Long ownerId, LocalDate firstDue) {
}
