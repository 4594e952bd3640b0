package org.lodestar.platform;

import java.util.Map;

/**
 * A request that is well formed but breaks a business rule that no single field is to blame for (a cycle in a
 * plan's dependencies, say): answered 422 with the message and the names of the records involved.
 */
public class UnprocessableException extends RuleException {

    public UnprocessableException(String messageKey, Object[] arguments, Map<String, Object> properties,
                                  String message) {
        super(messageKey, arguments, properties, message);
    }
}
