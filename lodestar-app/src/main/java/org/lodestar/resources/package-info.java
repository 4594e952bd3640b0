/**
 * Resources: the organisation's resource pool (people linked to their user accounts, generic roles, material and
 * cost resources; roles, skills, business unit, capacity, absences and cost rates by effective date). The base
 * package is the module's API ({@link org.lodestar.resources.ResourcePool}); rights are decided by
 * {@link org.lodestar.resources.ResourceRights}: resource managers, the PMO and administrators keep the pool,
 * everyone who reads projects' detail reads it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resources")
package org.lodestar.resources;
