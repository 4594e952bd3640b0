package org.lodestar.platform.internal;

import org.lodestar.platform.Role;
import org.springframework.data.relational.core.mapping.Table;

@Table("app_user_role")
record UserRole(Role role) {
}
