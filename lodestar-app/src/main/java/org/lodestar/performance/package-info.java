/**
 * Performance: the PMO's standard performance measures (the KPI library, custom KPIs over named measures, their
 * time series), strategic alignment of projects with the organisation's objectives and key results, and benefits
 * realisation (planned benefits per project, handed over at closure, measured after it). The base package is the
 * module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance")
package org.lodestar.performance;
