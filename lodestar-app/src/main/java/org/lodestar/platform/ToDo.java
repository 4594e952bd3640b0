package org.lodestar.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * One of a person's to-dos, a line of their home page: what to do as a message key with its arguments (codes, names
 * and counts: text and whole numbers, shown in the reader's language), where to do it, by when (null: no date), and
 * whether that day has passed.
 */
public record ToDo(String messageKey, List<Object> arguments, String link, LocalDate due, boolean overdue) {

    public ToDo {
        if (messageKey == null || messageKey.isBlank()) throw new IllegalArgumentException("messageKey");
        if (link == null || !link.startsWith("/")) throw new IllegalArgumentException("link must be a path");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** The arguments as the message takes them. */
    public Object[] args() {
        return arguments.toArray();
    }
}
