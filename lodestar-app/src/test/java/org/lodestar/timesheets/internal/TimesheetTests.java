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

    private static TimesheetLine line(long project, long task, String... hours) {
        List<BigDecimal> week = new java.util.ArrayList<>(Collections.nCopies(7, BigDecimal.ZERO));
        for (int i = 0; i < hours.length; i++) week.set(i, new BigDecimal(hours[i]));
        return TimesheetLine.of(project, task, week);
    }

    /** Submitted, with 8 h on project 5 and 4 h on project 6. */
    private static Timesheet twoProjects() {
        Timesheet sheet = Timesheet.open(7, MONDAY, NOW);
        org.springframework.test.util.ReflectionTestUtils.setField(sheet, "id", 11L);
        sheet.write(List.of(line(5, 50, "8"), line(6, 60, "0", "4")), NOW);
        sheet.submit(NOW);
        return sheet;
    }

    @Test
    void aProjectsHoursAreApprovedOnlyOnASubmittedSheetAndOnceAndTheLastOneApprovesTheSheet() {
        Timesheet draft = draft();
        assertThatThrownBy(() -> draft.approveProject(5, "pm", NOW)).isInstanceOf(ConflictException.class);

        Timesheet sheet = twoProjects();
        assertThatThrownBy(() -> sheet.approveProject(99, "pm", NOW)).isInstanceOf(IllegalArgumentException.class);
        sheet.approveProject(5, "pm", NOW);
        assertThat(sheet.state()).isEqualTo(TimesheetState.SUBMITTED);
        assertThat(sheet.pendingProjects()).containsExactly(6L);
        assertThat(sheet.approvedEntries()).containsExactly(new TimesheetApproved.Entry(5, 50, MONDAY, new BigDecimal("8")));
        assertThat(((TimesheetApproved) sheet.domainEvents().get(0)).entries()).extracting(TimesheetApproved.Entry::project)
                .containsOnly(5L);
        assertThatThrownBy(() -> sheet.approveProject(5, "pm", NOW)).isInstanceOf(ConflictException.class);

        sheet.approveProject(6, "portfolio", NOW);
        assertThat(sheet.state()).isEqualTo(TimesheetState.APPROVED);
        assertThat(sheet.decidedBy()).isEqualTo("portfolio");
        assertThat(sheet.domainEvents()).hasSize(2);
        assertThatThrownBy(() -> sheet.approveProject(6, "pm", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aReturnedSheetKeepsItsApprovedProjectsLockedAndTheWholeApprovalTakesOnlyTheRest() {
        Timesheet sheet = twoProjects();
        sheet.approveProject(5, "pm", NOW);
        sheet.giveBack("Wednesday?", "portfolio", NOW);
        assertThat(sheet.approved(5)).isTrue();
        assertThatThrownBy(() -> sheet.approveProject(6, "portfolio", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> sheet.write(List.of(line(5, 50, "7"), line(6, 60, "0", "4")), NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> sheet.write(List.of(line(6, 60, "0", "4")), NOW))
                .as("an approved project's lines cannot be dropped either").isInstanceOf(ConflictException.class);
        // the same hours in another order and scale are the same lines
        sheet.write(List.of(line(6, 60, "0", "0", "5"), line(5, 50, "8.00")), NOW);
        sheet.submit(NOW);
        sheet.approve("portfolio", NOW);
        assertThat(sheet.state()).isEqualTo(TimesheetState.APPROVED);
        List<TimesheetApproved> told = sheet.domainEvents().stream().map(TimesheetApproved.class::cast).toList();
        assertThat(told).extracting(event -> event.entries().get(0).project()).containsExactly(5L, 6L);
        assertThat(told.get(1).entries()).containsExactly(new TimesheetApproved.Entry(6, 60, MONDAY.plusDays(2),
                new BigDecimal("5")));
    }
}
