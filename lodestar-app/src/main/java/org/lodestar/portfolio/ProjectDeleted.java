package org.lodestar.portfolio;

import org.lodestar.platform.DomainEvent;

/**
 * A project was deleted from the registry. Each module that keeps records of the project deletes or unlinks them
 * when it hears this, and writes what it did to the audit trail; records that must outlive the project refuse
 * the delete beforehand ({@link ProjectDependants}).
 */
public record ProjectDeleted(ProjectId project, String code, String name) implements DomainEvent {
}
