/**
 * Intake: request types and their forms, project requests and their review workflow (draft, submitted, screening,
 * evaluation, decision, conversion into a project), financials, scoring models and portfolio scenarios. The base
 * package is the module's API ({@link org.lodestar.intake.RequestTypeCatalog}, {@link org.lodestar.intake.RequestDesk}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.lodestar.intake;
