package org.lodestar.platform;

import java.time.Instant;
import java.util.List;

/**
 * A notice as its reader sees it: {@code text} is the message rendered in the reader's language, {@code messageKey}
 * and {@code arguments} the stored, language-neutral form.
 */
public record InboxItem(long id, String messageKey, List<String> arguments, String text, String link, String topic,
                        Long topicId, Instant createdAt, boolean read) {
}
