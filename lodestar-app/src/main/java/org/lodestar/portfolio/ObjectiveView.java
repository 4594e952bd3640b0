package org.lodestar.portfolio;

/** A strategic objective of the organisation that projects serve. */
public record ObjectiveView(long id, String code, String name) {
}
