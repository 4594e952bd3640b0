package org.lodestar.status;

/**
 * A key risk or issue as a status report shows it, in language-neutral values: {@code kind} RISK or ISSUE,
 * {@code rating} the risk's score (1-25) or the priority (LOW to CRITICAL), the owner's name if any.
 */
public record RegisterLine(String kind, String title, String rating, String owner) {
}
