package org.lodestar.platform;

import java.util.Map;

/**
 * A change refused as a whole by a business rule, not by one field: its message in the reader's language (a key and
 * arguments; arguments that are {@link org.springframework.context.MessageSourceResolvable}s are translated too) and
 * extra properties for the problem details (what is in the way, the records involved).
 */
public abstract class RuleException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final Map<String, Object> properties;

    protected RuleException(String messageKey, Object[] arguments, Map<String, Object> properties, String message) {
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
