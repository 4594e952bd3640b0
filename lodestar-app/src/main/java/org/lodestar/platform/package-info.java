/**
 * Platform: people and roles, security, the audit trail, locale, layout and error handling. Its base package is
 * the API other modules use ({@link org.lodestar.platform.CurrentUser}, {@link org.lodestar.platform.AuditTrail},
 * {@link org.lodestar.platform.People}); {@code internal}, {@code security} and {@code web} are private to it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.lodestar.platform;
