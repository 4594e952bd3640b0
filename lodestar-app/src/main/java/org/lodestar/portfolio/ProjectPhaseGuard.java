package org.lodestar.portfolio;

import java.util.Optional;

/**
 * The extension point through which a module takes a project's lifecycle phase out of the registry's hands (the
 * governance module, once a project is on a lifecycle: its phase then changes only through its gates). Implement it
 * as a bean in the module that governs the phase; {@link ProjectRegistry#change} asks every one when a change would
 * set another phase, and refuses with 409 naming the gate that one answered. The governing module moves the phase
 * itself through {@link ProjectRegistry#enterPhase}.
 */
public interface ProjectPhaseGuard {

    /** The gate (its code and name, as the reader reads it) through which the project's phase changes; empty: free. */
    Optional<String> gateFor(ProjectId project);
}
