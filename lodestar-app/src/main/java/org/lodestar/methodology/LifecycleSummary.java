package org.lodestar.methodology;

import java.util.List;

/** A lifecycle in lists: its current version's phase names, in the reader's language. */
public record LifecycleSummary(long id, String code, String name, String description, int currentNumber,
                               List<String> phases) {
}
