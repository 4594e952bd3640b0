/**
 * PMO: the office's own growth: maturity self-assessments of the PMO and of each business unit with their
 * improvement plans, and the coaching of project managers (mentors, coaching sessions, competency
 * self-assessments and development goals, the knowledge library's search). The base package is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "PMO")
package org.lodestar.pmo;
