package org.lodestar.raid;

import jakarta.validation.constraints.Size;

/** Resolving an issue: how it was resolved (optional) and the version it was read at. */
public record IssueResolution(@Size(max = 2000) String resolution, Long version) {
}
