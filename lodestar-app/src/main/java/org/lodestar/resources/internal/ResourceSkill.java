package org.lodestar.resources.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A skill of a person, at a level from 1 (aware) to 5 (expert). */
@Table("resource_skill")
public record ResourceSkill(String skill, int level) {
}
