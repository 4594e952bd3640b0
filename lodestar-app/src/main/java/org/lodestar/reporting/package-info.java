/**
 * Reporting: documents made from the other modules' data, starting with the steering-committee pack (PDF, Excel
 * and the same pack as a page). The base package is the module's API ({@link org.lodestar.reporting.SteeringPacks}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.lodestar.reporting;
