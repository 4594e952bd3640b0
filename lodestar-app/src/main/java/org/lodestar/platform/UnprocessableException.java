package org.lodestar.platform;

import java.util.Map;

/**
 * A request that is well formed but breaks a business rule that no single field is to blame for (a cycle in a
 * plan's dependencies, say): answered 422 with the message, in the reader's language, and the extra properties
 * (names of the records involved) in the problem details.
 */
public class UnprocessableException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final Map<String, Object> properties;

    public UnprocessableException(String messageKey, Object[] arguments, Map<String, Object> properties,
                                  String message) {
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
