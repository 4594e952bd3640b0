package org.lodestar.platform;

import java.util.Map;

/**
 * A change that the record's present state refuses as a whole (closing a cancelled project, deleting a project
 * whose published reports depend on it): answered 409 with the message, in the reader's language, and the extra
 * properties (what is in the way) in the problem details. Arguments that are
 * {@link org.springframework.context.MessageSourceResolvable}s are translated too.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final Map<String, Object> properties;

    public ConflictException(String messageKey, Object[] arguments, Map<String, Object> properties, String message) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.properties = Map.copyOf(properties);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
