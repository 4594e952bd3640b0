package org.lodestar.status;

import java.util.List;

/**
 * Where a report's key risks and issues come from when a module owns the projects' registers (the raid module
 * implements it as a bean). A draft shows the register as it is; publication freezes the lines into the report.
 * Without one, reports keep only the key risks their authors type.
 */
public interface ProjectRegister {

    /** The project's key risks and issues now, most important first (a handful, not the whole register). */
    List<RegisterLine> keyRisksAndIssues(long project);
}
