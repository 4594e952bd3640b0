package org.lodestar.governance.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A member of a steering committee: a person, by id, and their role on the committee. */
@Table("steering_member")
public record CommitteeMember(long person, String role) {
}
