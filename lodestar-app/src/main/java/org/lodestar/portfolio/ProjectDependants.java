package org.lodestar.portfolio;

import java.util.List;

/**
 * The extension point through which other modules keep a project from being deleted while it holds records that
 * must not be lost (published status reports, say). Implement it as a bean in the module that owns the records;
 * {@link ProjectRegistry#delete} asks every one, inside the delete's transaction and before anything is deleted,
 * and refuses with 409 naming all that they answered. Records that may go with the project are not named here:
 * the owning module deletes or unlinks them when it hears {@link ProjectDeleted}.
 */
public interface ProjectDependants {

    /** The records of this module that keep {@code project} from being deleted; empty when it may go. */
    List<Dependant> keeping(ProjectId project);

    /**
     * Records of one kind that depend on a project: {@code count} of them, named by the message key {@code kind}
     * (whose one argument is the count).
     */
    record Dependant(String kind, long count) {
    }
}
