/**
 * Benefits realisation: the benefits each project plans (a measure with its baseline and target, their dates, an
 * owner), handed over to their owner when the project closes and measured after it, with each benefit's realisation
 * against the straight line from baseline to target, benefits at risk as a computed health indicator, the portfolio
 * roll-up, and the measure behind the KPI of benefits realised. The base package is the module's API
 * ({@link org.lodestar.benefits.Benefits}). A module of its own rather than part of {@code performance}: it adds
 * health to {@code status}, which samples measures for {@code performance}, so inside {@code performance} it would
 * close a cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benefits")
package org.lodestar.benefits;
