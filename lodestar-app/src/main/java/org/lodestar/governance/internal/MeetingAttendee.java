package org.lodestar.governance.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A person, by id, who attended a steering meeting. */
@Table("steering_attendee")
public record MeetingAttendee(long person) {
}
