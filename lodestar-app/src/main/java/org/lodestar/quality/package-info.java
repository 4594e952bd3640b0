/**
 * Quality: the PMO's quality reviews of ongoing projects (criteria scored with weights, findings with severity, each
 * with a corrective action followed to closure, and the review's compliance score) and lessons learned on projects,
 * searchable across the organisation. The base package is the module's API ({@link org.lodestar.quality.QualityReviews},
 * {@link org.lodestar.quality.LessonsLearned}); rights are decided by {@link org.lodestar.quality.QualityRights}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality")
package org.lodestar.quality;
