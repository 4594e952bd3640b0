package org.lodestar.intake;

import java.util.Set;

/**
 * Where a request stands in its review. The SLA is the number of days a request may wait in a state before the
 * queues highlight it; zero for states nobody has to act on.
 */
public enum RequestState {
    DRAFT(0), SUBMITTED(5), SCREENING(10), RETURNED(14), EVALUATION(20), APPROVED(30), REJECTED(0), DEFERRED(0),
    CONVERTED(0);

    /** The decided states. */
    public static final Set<RequestState> DECIDED = Set.of(APPROVED, REJECTED, DEFERRED, CONVERTED);

    private final int slaDays;

    RequestState(int slaDays) {
        this.slaDays = slaDays;
    }

    public int slaDays() {
        return slaDays;
    }

    public String messageKey() {
        return "intake.state." + name();
    }
}
