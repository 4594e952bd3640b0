package org.lodestar.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lodestar.status.ReportState.DRAFT;
import static org.lodestar.status.ReportState.PUBLISHED;
import static org.lodestar.status.ReportState.RETURNED;
import static org.lodestar.status.ReportState.SUBMITTED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lodestar.engine.health.Rag;
import org.lodestar.status.Rating;
import org.lodestar.status.ReportAct;
import org.lodestar.status.ReportCommand;
import org.lodestar.status.ReportLockedException;
import org.lodestar.status.ReportState;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The status report workflow table, act by act: the states that allow it and those that refuse it (409, nothing
 * changed), as the aggregate applies them, and which party takes each act.
 */
class ReportWorkflowTableTests {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    /** The specification, written out: the states each act starts from and the state it leaves. */
    private static final Map<ReportAct, Set<ReportState>> ALLOWED_FROM = Map.of(
            ReportAct.EDIT, EnumSet.of(DRAFT, RETURNED),
            ReportAct.SUBMIT, EnumSet.of(DRAFT, RETURNED),
            ReportAct.RETURN, EnumSet.of(SUBMITTED),
            ReportAct.PUBLISH, EnumSet.of(SUBMITTED),
            ReportAct.REVISE, EnumSet.of(PUBLISHED));

    @ParameterizedTest
    @EnumSource(ReportAct.class)
    void eachActIsTakenFromItsStatesAndRefusedFromAllOthers(ReportAct act) {
        for (ReportState state : ReportState.values()) {
            StatusReport report = reportIn(state);
            if (ALLOWED_FROM.get(act).contains(state)) {
                StatusReport result = take(act).apply(report);
                assertThat(result.state()).as(act + " from " + state).isEqualTo(leaves(act, state));
            } else {
                assertThatThrownBy(() -> take(act).apply(report)).as(act + " from " + state)
                        .isInstanceOfSatisfying(ReportLockedException.class,
                                refused -> assertThat(refused.state()).isEqualTo(state));
                assertThat(report.state()).isEqualTo(state);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ReportAct.class)
    void writersEditSubmitAndReviseAndReviewersReturnAndPublish(ReportAct act) {
        boolean review = act == ReportAct.RETURN || act == ReportAct.PUBLISH;
        assertThat(act.party()).isEqualTo(review ? ReportAct.Party.REVIEWER : ReportAct.Party.WRITER);
        for (ReportState state : ReportState.values()) {
            assertThat(act.allows(state, Set.of())).isFalse();
            assertThat(act.allows(state, EnumSet.allOf(ReportAct.Party.class))).isEqualTo(act.allowsFrom(state));
        }
    }

    private static ReportState leaves(ReportAct act, ReportState from) {
        return switch (act) {
            case EDIT -> from;
            case SUBMIT -> SUBMITTED;
            case RETURN -> RETURNED;
            case PUBLISH -> PUBLISHED;
            case REVISE -> DRAFT;
        };
    }

    private static Function<StatusReport, StatusReport> take(ReportAct act) {
        return switch (act) {
            case EDIT -> report -> report.edit(content(), 0, 7, NOW);
            case SUBMIT -> report -> report.submit(7, NOW, ZoneOffset.UTC);
            case RETURN -> report -> report.returnWithComments(9, "Add the supplier's date", NOW);
            case PUBLISH -> report -> report.publish(9, NOW);
            case REVISE -> report -> report.revise(7, NOW);
        };
    }

    private static StatusReport reportIn(ReportState state) {
        StatusReport report = StatusReport.start(1, LocalDate.of(2026, 11, 27), 7, content(), NOW);
        ReflectionTestUtils.setField(report, "id", 5L);
        ReflectionTestUtils.setField(report, "state", state);
        return report;
    }

    private static ReportCommand content() {
        Rating green = new Rating(Rag.GREEN, null);
        return new ReportCommand(green, green, green, green, green, green, green, null, null, null, null, null, null,
                null, null, List.of(), 0L);
    }
}
