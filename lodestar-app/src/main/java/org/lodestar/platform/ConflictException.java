package org.lodestar.platform;

import java.util.Map;

/**
 * A change that the record's present state refuses as a whole (closing a cancelled project, deleting a project
 * whose published reports depend on it): answered 409 with the message and what is in the way.
 */
public class ConflictException extends RuleException {

    public ConflictException(String messageKey, Object[] arguments, Map<String, Object> properties, String message) {
        super(messageKey, arguments, properties, message);
    }
}
