/**
 * RAID: each project's risk register (risks with cause, event and effect, probability and impact, score, response
 * strategy, actions and the score's history) and its 5x5 matrix. The base package is the module's API
 * ({@link org.lodestar.raid.RiskRegister}); rights are decided by {@link org.lodestar.raid.RaidRights}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "RAID")
package org.lodestar.raid;
