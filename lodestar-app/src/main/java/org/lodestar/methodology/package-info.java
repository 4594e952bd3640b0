/**
 * Methodology: the organisation's lifecycles (phases, gates, deliverables, checklist items, guidance), their
 * versions, and the tailoring rules that decide what is mandatory for a project's class. The base package is the
 * module's API ({@link org.lodestar.methodology.Lifecycles}, {@link org.lodestar.methodology.Tailoring}); the
 * shipped lifecycles' texts are message keys read in the reader's language.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Methodology")
package org.lodestar.methodology;
