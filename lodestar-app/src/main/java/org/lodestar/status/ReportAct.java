package org.lodestar.status;

import static org.lodestar.status.ReportState.DRAFT;
import static org.lodestar.status.ReportState.PUBLISHED;
import static org.lodestar.status.ReportState.RETURNED;
import static org.lodestar.status.ReportState.SUBMITTED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status report workflow in one table: each act, the party who takes it and the states it starts from. The
 * aggregate guards its transitions with it (a state that does not allow the act is 409), {@link StatusReports}
 * answers with it which acts a reader may take now ({@link ReportView#actions()}), and the page and the API show
 * exactly those.
 */
public enum ReportAct {
    /** Change the content; the state stays. */
    EDIT("edit", Party.WRITER, EnumSet.of(DRAFT, RETURNED)),
    SUBMIT("submit", Party.WRITER, EnumSet.of(DRAFT, RETURNED)),
    /** Send a submitted report back to the project with comments. */
    RETURN("return", Party.REVIEWER, EnumSet.of(SUBMITTED)),
    PUBLISH("publish", Party.REVIEWER, EnumSet.of(SUBMITTED)),
    /** Open a correction of a published report: a new draft revision (only of the latest revision). */
    REVISE("revise", Party.WRITER, EnumSet.of(PUBLISHED));

    /**
     * Who takes part: the project's writers (whoever may edit the project) and its reviewers (the PMO), as the
     * portfolio module's project rights say.
     */
    public enum Party { WRITER, REVIEWER }

    private final String key;
    private final Party party;
    private final Set<ReportState> from;

    ReportAct(String key, Party party, Set<ReportState> from) {
        this.key = key;
        this.party = party;
        this.from = from;
    }

    /** The act's name in the API ({@link ReportView#actions()}) and the page's URLs. */
    public String key() {
        return key;
    }

    public Party party() {
        return party;
    }

    /** Whether the state allows the act (to its party): the aggregate's guard. */
    public boolean allowsFrom(ReportState state) {
        return from.contains(state);
    }

    /** Whether one of the parties may take the act in the state. */
    public boolean allows(ReportState state, Set<Party> parties) {
        return parties.contains(party) && from.contains(state);
    }
}
