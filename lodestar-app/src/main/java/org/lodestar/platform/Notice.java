package org.lodestar.platform;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a module tells people, in a language-neutral form: a message key and its arguments, rendered in each
 * reader's language when read and in each recipient's language when mailed. The bundles hold three texts per key
 * {@code K}: {@code K} (the line in the inbox), {@code K.subject} and {@code K.text} (the mail, followed by the
 * link). Arguments are plain text; dates are given as {@link LocalDate} and shown in the reader's date format.
 *
 * @param messageKey what happened, which also tells notices apart ({@code status.notification.RETURNED})
 * @param arguments  the message's arguments, in order (dates as ISO text)
 * @param link       the page the notice leads to, a path of this application ({@code /requests/7})
 * @param topic      the kind of record it is about ({@code project}, {@code projectRequest}), or null
 * @param topicId    that record's id, or null
 * @param onceKey    when given, the notice goes out once for this key whoever receives it (reminders), or null
 */
public record Notice(String messageKey, List<String> arguments, String link, String topic, Long topicId,
                     String onceKey) {

    public Notice {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    /** A notice with these arguments (text, numbers or dates; null as empty text). */
    public static Notice of(String messageKey, String link, Object... arguments) {
        return new Notice(messageKey, Arrays.stream(arguments).map(Notice::text).toList(), link, null, null, null);
    }

    /** The same notice, about this record (a reader's notices about it are read once they opened it). */
    public Notice about(String topic, long topicId) {
        return new Notice(messageKey, arguments, link, topic, topicId, onceKey);
    }

    /** The same notice, sent once for this key. */
    public Notice once(String key) {
        return new Notice(messageKey, arguments, link, topic, topicId, key);
    }

    private static String text(Object argument) {
        return argument == null ? "" : argument.toString();
    }
}
