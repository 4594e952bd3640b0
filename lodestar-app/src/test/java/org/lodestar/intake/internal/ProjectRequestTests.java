package org.lodestar.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.intake.IllegalTransitionException;
import org.lodestar.intake.RequestState;
import org.springframework.test.util.ReflectionTestUtils;

class ProjectRequestTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aDraftGoesThroughTheReviewToAProject() {
        ProjectRequest request = draft();
        request.submit(0, NOW);
        request.startScreening(0, NOW);
        request.acceptForEvaluation(0, NOW);
        request.approve("Good case", LocalDate.of(2026, 3, 2), 0, NOW.plusSeconds(60));
        request.convert(42, 0, NOW);

        assertThat(request.state()).isEqualTo(RequestState.CONVERTED);
        assertThat(request.project()).isEqualTo(42);
        assertThat(request.decisionReason()).isEqualTo("Good case");
        assertThat(request.decisionDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aReturnedRequestIsSubmittedAgainAndItsTimeInStateRestarts() {
        ProjectRequest request = draft();
        request.submit(0, NOW);
        request.returnForInformation(0, NOW.plusSeconds(3600));
        request.submit(0, NOW.plusSeconds(7200));

        assertThat(request.state()).isEqualTo(RequestState.SUBMITTED);
        assertThat(request.stateSince()).isEqualTo(NOW.plusSeconds(7200));
    }

    @Test
    void actsTheStateDoesNotAllowAreRefusedAndChangeNothing() {
        ProjectRequest request = draft();

        assertThatThrownBy(() -> request.approve("Too early", LocalDate.now(), 0, NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("DRAFT");
        assertThatThrownBy(() -> request.convert(1, 0, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> request.startScreening(0, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThat(request.state()).isEqualTo(RequestState.DRAFT);
    }

    @Test
    void aDecidedRequestCannotBeChanged() {
        ProjectRequest request = draft();
        request.submit(0, NOW);
        request.startScreening(0, NOW);
        request.reject("Out of scope", LocalDate.of(2026, 3, 2), 0, NOW);

        assertThatThrownBy(() -> request.change(content("Renamed"), 0, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> request.changeFinancials(BigDecimal.ONE, List.of(), List.of(), 0, NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    /** A draft as stored: acts name the request by its id in their events. */
    private static ProjectRequest draft() {
        ProjectRequest request = ProjectRequest.draft("REQ-0001", 1, 7, content("Lockers"), new BigDecimal("0.08"), NOW);
        ReflectionTestUtils.setField(request, "id", 5L);
        return request;
    }

    private static RequestContent content(String title) {
        return new RequestContent(title, null, null, 1L, null, "Digital", null, "EUR", List.of(), Map.of());
    }
}
