package org.lodestar.portfolio;

/** A link to another record as shown beside a project: its id, code (where it has one) and name. */
public record Reference(long id, String code, String name) {
}
