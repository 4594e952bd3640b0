/**
 * Governance: projects on a lifecycle, their tailoring, deliverables and stage gates. The base package is the
 * module's API ({@link org.lodestar.governance.Governance}); a project's lifecycle phase, once it is on a lifecycle,
 * changes only through its gates (the module implements portfolio's {@code ProjectPhaseGuard}), and each gate
 * decision is told to the other modules as {@link org.lodestar.governance.GateDecided}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package org.lodestar.governance;
