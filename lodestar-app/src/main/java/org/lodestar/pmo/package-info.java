/**
 * PMO: the office's own growth: maturity self-assessments of the PMO and of each business unit (a
 * questionnaire in five levels across seven domains, scores, their history and an improvement plan), and the coaching of project managers (mentors, session logs, agreed actions). The base
 * package is the module's API ({@link org.lodestar.pmo.MaturityAssessments}, {@link org.lodestar.pmo.Coaching}); the questionnaire's texts are message
 * keys read in the reader's language.
 */
@org.springframework.modulith.ApplicationModule(displayName = "PMO")
package org.lodestar.pmo;
