package org.lodestar.resources.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A generic role a person can fill, by name. */
@Table("resource_role")
public record ResourceRole(String role) {
}
