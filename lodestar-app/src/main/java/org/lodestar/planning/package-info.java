/**
 * Planning: a project's plan (tasks in a work breakdown structure, dependencies, constraints, progress), calendars
 * and baselines, scheduled by the engine ({@code org.lodestar.engine.schedule}). The base package is the module's
 * API ({@link org.lodestar.planning.ProjectPlans}, {@link org.lodestar.planning.Calendars},
 * {@link org.lodestar.planning.Baselines}); {@code internal} and {@code web} are private to it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package org.lodestar.planning;
