package org.lodestar.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The deliverable table, cell by cell: which act each state allows, where it leads, and whose act it is. */
class DeliverableActTableTests {

    private static final Map<DeliverableState, Set<DeliverableAct>> ALLOWED = Map.of(
            DeliverableState.NOT_STARTED, EnumSet.of(DeliverableAct.WORK, DeliverableAct.WAIVE),
            DeliverableState.DRAFT, EnumSet.of(DeliverableAct.WORK, DeliverableAct.SUBMIT, DeliverableAct.WAIVE),
            DeliverableState.SUBMITTED, EnumSet.of(DeliverableAct.APPROVE, DeliverableAct.RETURN, DeliverableAct.WAIVE),
            DeliverableState.APPROVED, EnumSet.of(DeliverableAct.REOPEN),
            DeliverableState.WAIVED, EnumSet.of(DeliverableAct.REOPEN));

    @Test
    void eachStateAllowsExactlyItsActs() {
        for (DeliverableState state : DeliverableState.values()) {
            for (DeliverableAct act : DeliverableAct.values()) {
                assertThat(act.allowedFrom(state)).as(act + " from " + state)
                        .isEqualTo(ALLOWED.get(state).contains(act));
            }
            assertThat(DeliverableAct.actsFrom(state)).as(state.name())
                    .containsExactlyInAnyOrderElementsOf(ALLOWED.get(state));
        }
    }

    @Test
    void eachActLeadsToItsStateAndTheBoardApprovesReturnsWaivesAndReopens() {
        assertThat(DeliverableAct.WORK.to()).isEqualTo(DeliverableState.DRAFT);
        assertThat(DeliverableAct.SUBMIT.to()).isEqualTo(DeliverableState.SUBMITTED);
        assertThat(DeliverableAct.APPROVE.to()).isEqualTo(DeliverableState.APPROVED);
        assertThat(DeliverableAct.RETURN.to()).isEqualTo(DeliverableState.DRAFT);
        assertThat(DeliverableAct.WAIVE.to()).isEqualTo(DeliverableState.WAIVED);
        assertThat(DeliverableAct.REOPEN.to()).isEqualTo(DeliverableState.DRAFT);
        for (DeliverableAct act : DeliverableAct.values()) {
            assertThat(act.board()).as(act.name())
                    .isEqualTo(act != DeliverableAct.WORK && act != DeliverableAct.SUBMIT);
        }
    }

    @Test
    void onlyGoAndGoWithConditionsPassTheGate() {
        for (GateDecision decision : GateDecision.values()) {
            assertThat(decision.passes()).as(decision.name())
                    .isEqualTo(decision == GateDecision.GO || decision == GateDecision.GO_WITH_CONDITIONS);
        }
    }

    @Test
    void aCommunicationIsDueAgainAfterItsFrequency() {
        java.time.LocalDate sent = java.time.LocalDate.of(2027, 1, 31);
        assertThat(CommunicationFrequency.ONCE.after(sent)).isNull();
        assertThat(CommunicationFrequency.WEEKLY.after(sent)).isEqualTo("2027-02-07");
        assertThat(CommunicationFrequency.FORTNIGHTLY.after(sent)).isEqualTo("2027-02-14");
        assertThat(CommunicationFrequency.MONTHLY.after(sent)).isEqualTo("2027-02-28");
        assertThat(CommunicationFrequency.QUARTERLY.after(sent)).isEqualTo("2027-04-30");
    }
}
