package org.lodestar.intake;

import static org.lodestar.intake.RequestState.APPROVED;
import static org.lodestar.intake.RequestState.CONVERTED;
import static org.lodestar.intake.RequestState.DEFERRED;
import static org.lodestar.intake.RequestState.DRAFT;
import static org.lodestar.intake.RequestState.EVALUATION;
import static org.lodestar.intake.RequestState.REJECTED;
import static org.lodestar.intake.RequestState.RETURNED;
import static org.lodestar.intake.RequestState.SCREENING;
import static org.lodestar.intake.RequestState.SUBMITTED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The request workflow in one table: each act, the state it leads to, and per party (the request's requester, its
 * reviewers) the states it starts from. The aggregate guards its transitions with it, the desk answers with it
 * which acts a reader may take now, and the page and the API show exactly those.
 */
public enum RequestAct {
    /** Change what the request says or its financials; the state stays. */
    EDIT("edit", "changed", null, Map.of(Party.REQUESTER, EnumSet.of(DRAFT, RETURNED),
            Party.REVIEWER, EnumSet.of(SUBMITTED, SCREENING, EVALUATION))),
    SUBMIT("submit", "submitted", SUBMITTED, Map.of(Party.REQUESTER, EnumSet.of(DRAFT, RETURNED))),
    SCREEN("screen", "screened", SCREENING, Map.of(Party.REVIEWER, EnumSet.of(SUBMITTED))),
    RETURN("return", "returned", RETURNED, Map.of(Party.REVIEWER, EnumSet.of(SUBMITTED, SCREENING, EVALUATION))),
    EVALUATE("evaluate", "evaluated", EVALUATION, Map.of(Party.REVIEWER, EnumSet.of(SCREENING))),
    APPROVE("approve", "approved", APPROVED, Map.of(Party.REVIEWER, EnumSet.of(EVALUATION, DEFERRED))),
    /** A request may be rejected at screening already. */
    REJECT("reject", "rejected", REJECTED, Map.of(Party.REVIEWER, EnumSet.of(SCREENING, EVALUATION, DEFERRED))),
    DEFER("defer", "deferred", DEFERRED, Map.of(Party.REVIEWER, EnumSet.of(EVALUATION))),
    RECONSIDER("reconsider", "reconsidered", EVALUATION, Map.of(Party.REVIEWER, EnumSet.of(DEFERRED))),
    CONVERT("convert", "converted", CONVERTED, Map.of(Party.REVIEWER, EnumSet.of(APPROVED)));

    /** Who takes part in a request's workflow: whoever filed it, and whoever may review it. */
    public enum Party { REQUESTER, REVIEWER }

    private final String key;
    private final String transition;
    private final RequestState to;
    private final Map<Party, Set<RequestState>> from;

    RequestAct(String key, String transition, RequestState to, Map<Party, Set<RequestState>> from) {
        this.key = key;
        this.transition = transition;
        this.to = to;
        this.from = from;
    }

    /** The act's name in the API and the page ({@code RequestView.actions}): {@code submit}, {@code approve}... */
    public String key() {
        return key;
    }

    /** The act as refused ({@link IllegalTransitionException#action()}): {@code submitted}, {@code approved}... */
    public String transition() {
        return transition;
    }

    /** The state the act leads to; null for {@link #EDIT}, which keeps it. */
    public RequestState to() {
        return to;
    }

    /** The parties who may take the act, in some state. */
    public Set<Party> parties() {
        return from.keySet();
    }

    /** Whether the state allows the act to anyone: the aggregate's guard. */
    public boolean allowsFrom(RequestState state) {
        return from.values().stream().anyMatch(states -> states.contains(state));
    }

    /** Whether one of the parties may take the act in the state. */
    public boolean allows(RequestState state, Set<Party> parties) {
        return parties.stream().anyMatch(party -> from.getOrDefault(party, Set.of()).contains(state));
    }

    /** Whether one of the parties takes this act in some state (otherwise the act is not theirs at all: 403). */
    public boolean takenBy(Set<Party> parties) {
        return parties.stream().anyMatch(from::containsKey);
    }
}
