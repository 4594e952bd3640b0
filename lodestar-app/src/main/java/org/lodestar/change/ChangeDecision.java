package org.lodestar.change;

import jakarta.validation.constraints.Size;

/**
 * A decision on a submitted change request (approve, reject, defer) or its implementation: the rationale, whether
 * an approval re-baselines the plan at once, and the version the decider read.
 */
public record ChangeDecision(@Size(max = 2000) String rationale, Boolean rebaseline, Long version) {
}
