/**
 * Portfolio: the central registry of portfolios, programmes and projects, their strategic objectives, custom fields
 * and membership. The base package is the module's API ({@link org.lodestar.portfolio.ProjectRegistry},
 * {@link org.lodestar.portfolio.PortfolioRegistry}, {@link org.lodestar.portfolio.CustomFields}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
package org.lodestar.portfolio;
