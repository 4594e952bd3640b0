package org.lodestar.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lodestar.intake.RequestState.APPROVED;
import static org.lodestar.intake.RequestState.DEFERRED;
import static org.lodestar.intake.RequestState.DRAFT;
import static org.lodestar.intake.RequestState.EVALUATION;
import static org.lodestar.intake.RequestState.RETURNED;
import static org.lodestar.intake.RequestState.SCREENING;
import static org.lodestar.intake.RequestState.SUBMITTED;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lodestar.intake.IllegalTransitionException;
import org.lodestar.intake.RequestAct;
import org.lodestar.intake.RequestAct.Party;
import org.lodestar.intake.RequestState;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The request workflow table, act by act: the states that allow it and the states that refuse it (409, nothing
 * changed), as the aggregate applies them, and which party takes each act.
 */
class RequestWorkflowTableTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** The specification, written out: the states each act starts from. */
    private static final Map<RequestAct, Set<RequestState>> ALLOWED_FROM = Map.of(
            RequestAct.EDIT, EnumSet.of(DRAFT, RETURNED, SUBMITTED, SCREENING, EVALUATION),
            RequestAct.SUBMIT, EnumSet.of(DRAFT, RETURNED),
            RequestAct.SCREEN, EnumSet.of(SUBMITTED),
            RequestAct.RETURN, EnumSet.of(SUBMITTED, SCREENING, EVALUATION),
            RequestAct.EVALUATE, EnumSet.of(SCREENING),
            RequestAct.APPROVE, EnumSet.of(EVALUATION, DEFERRED),
            RequestAct.REJECT, EnumSet.of(SCREENING, EVALUATION, DEFERRED),
            RequestAct.DEFER, EnumSet.of(EVALUATION),
            RequestAct.RECONSIDER, EnumSet.of(DEFERRED),
            RequestAct.CONVERT, EnumSet.of(APPROVED));

    @ParameterizedTest
    @EnumSource(RequestAct.class)
    void eachActIsTakenFromItsStatesAndRefusedFromAllOthers(RequestAct act) {
        for (RequestState state : RequestState.values()) {
            ProjectRequest request = requestIn(state);
            if (ALLOWED_FROM.get(act).contains(state)) {
                take(act).accept(request);
                assertThat(request.state()).as(act + " from " + state).isEqualTo(act.to() == null ? state : act.to());
            } else {
                assertThatThrownBy(() -> take(act).accept(request)).as(act + " from " + state)
                        .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> {
                            assertThat(refused.state()).isEqualTo(state);
                            assertThat(refused.action()).isEqualTo(act.transition());
                        });
                assertThat(request.state()).isEqualTo(state);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RequestState.class)
    void theRequesterEditsOnlyDraftsAndReturnsAndReviewersOnlyRequestsInReview(RequestState state) {
        assertThat(RequestAct.EDIT.allows(state, Set.of(Party.REQUESTER))).isEqualTo(state == DRAFT || state == RETURNED);
        assertThat(RequestAct.EDIT.allows(state, Set.of(Party.REVIEWER)))
                .isEqualTo(state == SUBMITTED || state == SCREENING || state == EVALUATION);
    }

    @ParameterizedTest
    @EnumSource(RequestAct.class)
    void theRequesterSubmitsAndEditsTheReviewersTakeEveryOtherActAndNobodyElseTakesAny(RequestAct act) {
        boolean requesters = act == RequestAct.SUBMIT || act == RequestAct.EDIT;
        assertThat(act.takenBy(Set.of(Party.REQUESTER))).isEqualTo(requesters);
        assertThat(act.takenBy(Set.of(Party.REVIEWER))).isEqualTo(act != RequestAct.SUBMIT);
        assertThat(act.takenBy(Set.of())).isFalse();
    }

    private static Consumer<ProjectRequest> take(RequestAct act) {
        return switch (act) {
            case EDIT -> request -> request.change(content("Renamed"), 0, NOW);
            case SUBMIT -> request -> request.submit(0, NOW);
            case SCREEN -> request -> request.startScreening(0, NOW);
            case RETURN -> request -> request.returnForInformation(0, NOW);
            case EVALUATE -> request -> request.acceptForEvaluation(0, NOW);
            case APPROVE -> request -> request.approve("Good case", DAY, 0, NOW);
            case REJECT -> request -> request.reject("Out of scope", DAY, 0, NOW);
            case DEFER -> request -> request.defer("Next year", DAY, 0, NOW);
            case RECONSIDER -> request -> request.reconsider(0, NOW);
            case CONVERT -> request -> request.convert(42, 0, NOW);
        };
    }

    private static ProjectRequest requestIn(RequestState state) {
        ProjectRequest request = ProjectRequest.draft("REQ-0001", 1, 7, content("Lockers"), new BigDecimal("0.08"), NOW);
        ReflectionTestUtils.setField(request, "id", 5L); // as stored: acts name the request by id in their events
        ReflectionTestUtils.setField(request, "state", state);
        return request;
    }

    private static RequestContent content(String title) {
        return new RequestContent(title, null, null, 1L, null, "Digital", null, "EUR", List.of(), Map.of());
    }
}
