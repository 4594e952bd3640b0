package org.lodestar.intake;

/** A workflow action the request's state does not allow (approving a draft, say): answered with 409. */
public class IllegalTransitionException extends RuntimeException {

    private final RequestState state;
    private final String action;

    public IllegalTransitionException(RequestState state, String action) {
        super("A request that is " + state + " cannot be " + action);
        this.state = state;
        this.action = action;
    }

    public RequestState state() {
        return state;
    }

    /** The action refused, as a word of the message bundles ({@code intake.action.<action>}). */
    public String action() {
        return action;
    }
}
