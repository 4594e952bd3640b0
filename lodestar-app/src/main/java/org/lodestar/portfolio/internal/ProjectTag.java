package org.lodestar.portfolio.internal;

import org.springframework.data.relational.core.mapping.Table;

@Table("project_tag")
public record ProjectTag(String tag) {
}
