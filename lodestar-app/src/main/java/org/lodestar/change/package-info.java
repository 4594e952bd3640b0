/**
 * Change control: each project's change requests (what is asked, why, its impact on scope, schedule and cost, the
 * options), their workflow (draft, submitted, approved, rejected, deferred, implemented), their routing by the PMO's
 * thresholds (within them the project decides; above either, the steering committee), and the re-baselining of the
 * plan an approved change brings. The base package is the module's API ({@link org.lodestar.change.ChangeControl});
 * rights are decided by {@link org.lodestar.change.ChangeRights}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Change control")
package org.lodestar.change;
