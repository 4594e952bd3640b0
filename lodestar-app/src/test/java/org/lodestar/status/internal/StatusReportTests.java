package org.lodestar.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.status.Rating;
import org.lodestar.status.ReportCommand;
import org.lodestar.status.ReportLockedException;
import org.lodestar.status.ReportState;
import org.springframework.test.util.ReflectionTestUtils;

/** The report's workflow as its business methods guard it. */
class StatusReportTests {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final Instant THURSDAY = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant MONDAY_AFTER = Instant.parse("2026-11-30T10:00:00Z");

    private static ReportCommand content(Rag schedule, String comment) {
        Rating green = new Rating(Rag.GREEN, null);
        return new ReportCommand(green, new Rating(schedule, comment), green, green, green, green, green, null, null,
                null, null, null, null, null, null, List.of(), 0L);
    }

    /** A draft as stored: the database gives it its id, which its events carry. */
    private static StatusReport draft(ReportCommand content) {
        StatusReport report = StatusReport.start(1, FRIDAY, 7, content, THURSDAY);
        ReflectionTestUtils.setField(report, "id", 5L);
        return report;
    }

    @Test
    void anAmberDimensionWithoutCommentCannotBeSubmitted() {
        StatusReport report = draft(content(Rag.AMBER, "  "));

        assertThatThrownBy(() -> report.submit(7, THURSDAY, ZoneOffset.UTC))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("scheduleComment"));
        assertThat(report.state()).isEqualTo(ReportState.DRAFT);
    }

    @Test
    void aReportSubmittedAfterItsDueDateIsLateAndStaysLateWhenResubmitted() {
        StatusReport report = draft(content(Rag.GREEN, null)).submit(7, MONDAY_AFTER, ZoneOffset.UTC);
        assertThat(report.late()).isTrue();

        report.returnWithComments(9, "Add the supplier's date", MONDAY_AFTER).submit(7, MONDAY_AFTER, ZoneOffset.UTC);

        assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(report.late()).isTrue();
    }

    @Test
    void onlyASubmittedReportIsReturnedAndOnlyWithAComment() {
        StatusReport report = draft(content(Rag.GREEN, null));
        assertThatThrownBy(() -> report.returnWithComments(9, "Why?", THURSDAY)).isInstanceOf(ReportLockedException.class);

        report.submit(7, THURSDAY, ZoneOffset.UTC);

        assertThatThrownBy(() -> report.returnWithComments(9, " ", THURSDAY)).isInstanceOf(InvalidInputException.class);
        assertThat(report.returnWithComments(9, "Why?", THURSDAY).state()).isEqualTo(ReportState.RETURNED);
        assertThat(report.reviewComment()).isEqualTo("Why?");
    }

    @Test
    void aPublishedReportIsLockedAndItsCorrectionIsTheNextRevision() {
        StatusReport report = draft(content(Rag.GREEN, null)).submit(7, THURSDAY, ZoneOffset.UTC).publish(9, THURSDAY);

        assertThatThrownBy(() -> report.edit(content(Rag.RED, "late"), report.version(), 7, THURSDAY))
                .isInstanceOf(ReportLockedException.class);
        assertThatThrownBy(() -> report.publish(9, THURSDAY)).isInstanceOf(ReportLockedException.class);
        StatusReport correction = report.revise(7, THURSDAY);
        assertThat(correction.revision()).isEqualTo(2);
        assertThat(correction.state()).isEqualTo(ReportState.DRAFT);
        assertThat(correction.content().overall().rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void eachActRegistersItsEvent() {
        StatusReport report = draft(content(Rag.GREEN, null)).submit(7, THURSDAY, ZoneOffset.UTC);
        report.returnWithComments(9, "More detail", THURSDAY).submit(7, THURSDAY, ZoneOffset.UTC).publish(9, THURSDAY);

        assertThat(report.domainEventsForTest()).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("StatusReportSubmitted", "StatusReportReturned", "StatusReportSubmitted",
                        "StatusReportPublished");
    }
}
