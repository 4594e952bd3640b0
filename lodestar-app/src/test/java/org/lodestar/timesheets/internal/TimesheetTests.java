package org.lodestar.timesheets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.ConflictException;
import org.lodestar.timesheets.TimesheetApproved;
import org.lodestar.timesheets.TimesheetState;

/** A timesheet's acts from each state: which it allows and which it refuses. */
class TimesheetTests {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static TimesheetLine line(String... hours) {
        List<BigDecimal> week = new java.util.ArrayList<>(Collections.nCopies(7, BigDecimal.ZERO));
        for (int i = 0; i < hours.length; i++) week.set(i, new BigDecimal(hours[i]));
        return TimesheetLine.of(5, 50, week);
    }

    private static Timesheet draft() {
        Timesheet sheet = Timesheet.open(7, MONDAY, NOW);
        sheet.write(List.of(line("8", "0", "4")), NOW);
        return sheet;
    }

    @Test
    void aWeekStartsOnMonday() {
        assertThatThrownBy(() -> Timesheet.open(7, MONDAY.plusDays(1), NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDraftIsWrittenAndSubmittedButNeitherApprovedNorReturned() {
        Timesheet sheet = draft();
        assertThat(sheet.state()).isEqualTo(TimesheetState.DRAFT);
        assertThatThrownBy(() -> sheet.approve("pm", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> sheet.giveBack("no", "pm", NOW)).isInstanceOf(ConflictException.class);
        sheet.submit(NOW);
        assertThat(sheet.state()).isEqualTo(TimesheetState.SUBMITTED);
    }

    @Test
    void aSubmittedSheetIsApprovedOrReturnedButNotWrittenOrSubmittedAgain() {
        Timesheet sheet = draft();
        sheet.submit(NOW);
        assertThatThrownBy(() -> sheet.write(List.of(), NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> sheet.submit(NOW)).isInstanceOf(ConflictException.class);
        sheet.giveBack("Tuesday is missing", "pm", NOW);
        assertThat(sheet.state()).isEqualTo(TimesheetState.RETURNED);
        assertThat(sheet.returnReason()).isEqualTo("Tuesday is missing");
    }

    @Test
    void aReturnedSheetIsWrittenAgainAsADraftOrSubmittedAtOnce() {
        Timesheet rewritten = draft();
        rewritten.submit(NOW);
        rewritten.giveBack("fix", "pm", NOW);
        rewritten.write(List.of(line("8", "8")), NOW);
        assertThat(rewritten.state()).isEqualTo(TimesheetState.DRAFT);
        Timesheet resubmitted = draft();
        resubmitted.submit(NOW);
        resubmitted.giveBack("fix", "pm", NOW);
        assertThatThrownBy(() -> resubmitted.approve("pm", NOW)).isInstanceOf(ConflictException.class);
        resubmitted.submit(NOW);
        assertThat(resubmitted.state()).isEqualTo(TimesheetState.SUBMITTED);
        assertThat(resubmitted.returnReason()).isNull();
    }

    @Test
    void anApprovedSheetIsLockedAndTellsItsHoursDayByDay() {
        Timesheet sheet = draft();
        org.springframework.test.util.ReflectionTestUtils.setField(sheet, "id", 9L);  // as stored
        sheet.submit(NOW);
        sheet.approve("pm", NOW);
        assertThat(sheet.state()).isEqualTo(TimesheetState.APPROVED);
        assertThatThrownBy(() -> sheet.write(List.of(), NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> sheet.submit(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> sheet.approve("pm", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> sheet.giveBack("late", "pm", NOW)).isInstanceOf(ConflictException.class);
        TimesheetApproved approved = (TimesheetApproved) sheet.domainEvents().get(0);
        assertThat(approved.entries()).containsExactly(
                new TimesheetApproved.Entry(5, 50, MONDAY, new BigDecimal("8")),
                new TimesheetApproved.Entry(5, 50, MONDAY.plusDays(2), new BigDecimal("4")));
    }
}
