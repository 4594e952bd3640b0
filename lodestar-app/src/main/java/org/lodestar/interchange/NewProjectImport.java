package org.lodestar.interchange;

import java.util.List;

/**
 * A project made from a project file: the new project, how many tasks its plan took, the warnings about what could
 * not be mapped, and what Lodestar does not store.
 */
public record NewProjectImport(long projectId, String code, String name, String fileName, String format, int tasks,
                               List<String> warnings, List<String> notStored) {
}
