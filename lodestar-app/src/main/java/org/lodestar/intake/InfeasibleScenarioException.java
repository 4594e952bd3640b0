package org.lodestar.intake;

/**
 * A scenario whose hard constraints no selection can satisfy; the message (a key of the bundles with its
 * arguments) names the constraint, e.g. "mandatory items alone exceed the Q2 budget by 120,000 EUR". Answered 422.
 */
public class InfeasibleScenarioException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public InfeasibleScenarioException(String messageKey, Object... arguments) {
        super(messageKey + " " + java.util.Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
