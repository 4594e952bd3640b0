package org.lodestar.governance;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The acts on a project's deliverable and the one table of which state allows which (an act its state does not
 * allow is refused with 409). The project's editors work on and submit deliverables; the gate board approves,
 * returns, waives (with a reason) and reopens them.
 */
public enum DeliverableAct {
    /** Work on it: record where it is (a link); a submitted one goes back to draft. */
    WORK(false, EnumSet.of(DeliverableState.NOT_STARTED, DeliverableState.DRAFT), DeliverableState.DRAFT),
    SUBMIT(false, EnumSet.of(DeliverableState.DRAFT), DeliverableState.SUBMITTED),
    APPROVE(true, EnumSet.of(DeliverableState.SUBMITTED), DeliverableState.APPROVED),
    /** Send a submitted deliverable back to its authors. */
    RETURN(true, EnumSet.of(DeliverableState.SUBMITTED), DeliverableState.DRAFT),
    /** Not needed for this project: needs a reason. */
    WAIVE(true, EnumSet.of(DeliverableState.NOT_STARTED, DeliverableState.DRAFT, DeliverableState.SUBMITTED),
            DeliverableState.WAIVED),
    /** An approved or waived deliverable is worked on again. */
    REOPEN(true, EnumSet.of(DeliverableState.APPROVED, DeliverableState.WAIVED), DeliverableState.DRAFT);

    private final boolean board;
    private final Set<DeliverableState> from;
    private final DeliverableState to;

    DeliverableAct(boolean board, Set<DeliverableState> from, DeliverableState to) {
        this.board = board;
        this.from = from;
        this.to = to;
    }

    /** Whether the act is the gate board's (otherwise the project's editors'). */
    public boolean board() {
        return board;
    }

    public boolean allowedFrom(DeliverableState state) {
        return from.contains(state);
    }

    public DeliverableState to() {
        return to;
    }

    public static List<DeliverableAct> actsFrom(DeliverableState state) {
        return Arrays.stream(values()).filter(act -> act.allowedFrom(state)).toList();
    }

    public String messageKey() {
        return "governance.deliverable.act." + name();
    }
}
