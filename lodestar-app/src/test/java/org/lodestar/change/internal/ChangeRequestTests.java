package org.lodestar.change.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeRequestApproved;
import org.lodestar.change.ChangeRouting;
import org.lodestar.change.ChangeState;
import org.lodestar.platform.ConflictException;
import org.springframework.test.util.ReflectionTestUtils;

/** Each act of a change request from each state: allowed where the workflow allows it, refused (409) elsewhere. */
class ChangeRequestTests {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final ChangeRequest.Content CONTENT = new ChangeRequest.Content("Add reporting", null,
            "Regulator asks", null, 10, new BigDecimal("12000"), null);

    private static ChangeRequest in(ChangeState state) {
        ChangeRequest request = ChangeRequest.raise(1, CONTENT, 7L, NOW);
        ReflectionTestUtils.setField(request, "id", 42L);        // as once saved
        switch (state) {
            case DRAFT -> { }
            case SUBMITTED -> request.submit(ChangeRouting.PROJECT, NOW);
            case APPROVED -> { request.submit(ChangeRouting.PROJECT, NOW); request.approve("ok", false, "pm", NOW); }
            case REJECTED -> { request.submit(ChangeRouting.PROJECT, NOW); request.reject("no", "pm", NOW); }
            case DEFERRED -> { request.submit(ChangeRouting.PROJECT, NOW); request.defer("later", "pm", NOW); }
            case IMPLEMENTED -> {
                request.submit(ChangeRouting.PROJECT, NOW);
                request.approve("ok", false, "pm", NOW);
                request.implement(NOW);
            }
        }
        request.clearDomainEvents();
        return request;
    }

    private static void check(String act, Consumer<ChangeRequest> take, ChangeState to, Set<ChangeState> from) {
        for (ChangeState state : ChangeState.values()) {
            ChangeRequest request = in(state);
            if (from.contains(state)) {
                take.accept(request);
                assertThat(request.state()).as(act + " from " + state).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> take.accept(request)).as(act + " from " + state)
                        .isInstanceOf(ConflictException.class)
                        .satisfies(e -> assertThat(((ConflictException) e).properties())
                                .containsEntry("state", state.name()).containsEntry("act", act));
                assertThat(request.state()).isEqualTo(state);
            }
        }
    }

    @Test
    void aDraftIsRevisedAndADraftOrDeferredRequestIsSubmittedAndRouted() {
        check("revise", r -> r.revise(CONTENT, NOW), ChangeState.DRAFT, EnumSet.of(ChangeState.DRAFT));
        check("submit", r -> r.submit(ChangeRouting.STEERING_COMMITTEE, NOW), ChangeState.SUBMITTED,
                EnumSet.of(ChangeState.DRAFT, ChangeState.DEFERRED));
        ChangeRequest request = in(ChangeState.DEFERRED);
        request.submit(ChangeRouting.STEERING_COMMITTEE, NOW);
        assertThat(request.routing()).isEqualTo(ChangeRouting.STEERING_COMMITTEE);
        assertThat(request.rationale()).as("the deferral's rationale goes with it").isNull();
    }

    @Test
    void onlyASubmittedRequestIsApprovedRejectedOrDeferred() {
        check("approve", r -> r.approve("ok", true, "pmo", NOW), ChangeState.APPROVED, EnumSet.of(ChangeState.SUBMITTED));
        check("reject", r -> r.reject("no", "pmo", NOW), ChangeState.REJECTED, EnumSet.of(ChangeState.SUBMITTED));
        check("defer", r -> r.defer(null, "pmo", NOW), ChangeState.DEFERRED, EnumSet.of(ChangeState.SUBMITTED));
    }

    @Test
    void onlyAnApprovedRequestIsImplementedAndOnlyApprovedOrImplementedOnesRecordABaseline() {
        check("implement", r -> r.implement(NOW), ChangeState.IMPLEMENTED, EnumSet.of(ChangeState.APPROVED));
        for (ChangeState state : ChangeState.values()) {
            ChangeRequest request = in(state);
            if (state == ChangeState.APPROVED || state == ChangeState.IMPLEMENTED) {
                request.rebaselined(3, NOW);
                assertThat(request.baselineNumber()).isEqualTo(3);
            } else {
                assertThatThrownBy(() -> request.rebaselined(3, NOW)).isInstanceOf(ConflictException.class);
                assertThat(request.baselineNumber()).isNull();
            }
        }
    }

    @Test
    void anApprovalAloneRegistersChangeRequestApprovedWithItsImpactAndRoute() {
        for (ChangeState state : ChangeState.values()) {
            assertThat(in(state).domainEvents()).as(state.name()).isEmpty();
        }
        ChangeRequest request = in(ChangeState.DRAFT);
        request.submit(ChangeRouting.STEERING_COMMITTEE, NOW);
        request.approve("Worth it", true, "pmo", NOW);
        assertThat(request.domainEvents()).singleElement().isInstanceOfSatisfying(ChangeRequestApproved.class, e -> {
            assertThat(e.routing()).isEqualTo(ChangeRouting.STEERING_COMMITTEE);
            assertThat(e.costAmount()).isEqualByComparingTo("12000");
            assertThat(e.scheduleDays()).isEqualTo(10);
            assertThat(e.project().value()).isEqualTo(1);
            assertThat(e.changeRequest()).isEqualTo(42);
        });
        assertThat(request.rebaseline()).isTrue();
        assertThat(request.decidedBy()).isEqualTo("pmo");
        assertThat(Map.of("rationale", request.rationale())).containsEntry("rationale", "Worth it");
    }
}
