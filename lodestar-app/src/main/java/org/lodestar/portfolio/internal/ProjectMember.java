package org.lodestar.portfolio.internal;

import org.springframework.data.relational.core.mapping.Table;

@Table("project_member")
public record ProjectMember(long appUser, boolean canEdit) {
}
