package org.lodestar.portfolio;

import org.lodestar.platform.DomainEvent;

/** A project moved in its life from {@code from} to {@code to} through one of its acts ({@link ProjectAct}). */
public record ProjectStateChanged(ProjectId project, String code, ProjectState from, ProjectState to)
        implements DomainEvent {
}
