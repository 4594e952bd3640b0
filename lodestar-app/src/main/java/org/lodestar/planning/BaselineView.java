package org.lodestar.planning;

import java.time.Instant;

/** A saved baseline of a plan: its number (0 to 10), name, and when and by whom it was saved. */
public record BaselineView(int number, String name, Instant savedAt, String savedBy) {
}
