package org.lodestar.timesheets.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.DomainEvent;
import org.lodestar.timesheets.TimesheetApproved;
import org.lodestar.timesheets.TimesheetState;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's timesheet of one week (starting on Monday). It changes only through its acts: {@link #write} (a draft,
 * or a returned sheet, which becomes a draft again), {@link #submit} (a draft or a returned sheet),
 * {@link #approveProject} (one project's hours of a submitted sheet), {@link #approve} (every project not approved
 * yet) and {@link #giveBack} (a submitted sheet). An approved project's lines are locked and its hours told to the
 * others ({@link TimesheetApproved}); the sheet is APPROVED, locked for good, once every project on it is.
 */
@Table("timesheet")
public class Timesheet {

    @Id
    private Long id;
    private long person;
    private LocalDate weekStart;
    private String state;
    private String returnReason;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    @MappedCollection(idColumn = "timesheet", keyColumn = "position")
    private List<TimesheetLine> lines = new ArrayList<>();
    @MappedCollection(idColumn = "timesheet")
    private Set<ProjectApproval> approvals = new HashSet<>();
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

    Timesheet() {
    }

    /** A new, empty draft of the person's week; the week must start on a Monday. */
    public static Timesheet open(long person, LocalDate weekStart, Instant now) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on Monday, not " + weekStart);
        }
        Timesheet sheet = new Timesheet();
        sheet.person = person;
        sheet.weekStart = weekStart;
        sheet.state = TimesheetState.DRAFT.name();
        sheet.createdAt = now;
        sheet.updatedAt = now;
        return sheet;
    }

    /**
     * Replaces the lines; a returned sheet becomes a draft again (its reason kept until it is submitted). The lines
     * of a project already approved must stay as they are (409 naming the project).
     */
    public void write(List<TimesheetLine> lines, Instant now) {
        require("write", TimesheetState.DRAFT, TimesheetState.RETURNED);
        for (ProjectApproval approval : approvals) {
            if (!hoursOf(this.lines, approval.project()).equals(hoursOf(lines, approval.project()))) {
                throw new ConflictException("timesheet.project.locked", new Object[] {weekStart.toString()},
                        Map.of("project", approval.project()), "the hours of project " + approval.project()
                        + " on timesheet " + id + " are approved: they cannot change");
            }
        }
        this.lines = new ArrayList<>(lines);
        state = TimesheetState.DRAFT.name();
        updatedAt = now;
    }

    public void submit(Instant now) {
        require("submit", TimesheetState.DRAFT, TimesheetState.RETURNED);
        state = TimesheetState.SUBMITTED.name();
        returnReason = null;
        submittedAt = now;
        decidedBy = null;
        decidedAt = null;
        updatedAt = now;
    }

    /** Approves every project on the sheet not approved yet: the sheet is APPROVED. */
    public void approve(String by, Instant now) {
        require("approve", TimesheetState.SUBMITTED);
        for (long project : pendingProjects()) {
            approvals.add(new ProjectApproval(project, by, now));
            events.add(new TimesheetApproved(id, person, weekStart, entries(project), now));
        }
        state = TimesheetState.APPROVED.name();
        decidedBy = by;
        decidedAt = now;
        updatedAt = now;
    }

    /**
     * Approves one project's hours of a submitted sheet (409 when it is approved already); the sheet is APPROVED
     * when that was the last project not approved.
     *
     * @throws IllegalArgumentException when the sheet has no hours on the project (the caller names the field)
     */
    public void approveProject(long project, String by, Instant now) {
        require("approve", TimesheetState.SUBMITTED);
        if (linesOf(lines, project).isEmpty()) {
            throw new IllegalArgumentException("timesheet " + id + " has no line on project " + project);
        }
        if (approved(project)) {
            throw new ConflictException("timesheet.project.approved", new Object[] {weekStart.toString()},
                    Map.of("project", project), "the hours of project " + project + " on timesheet " + id
                    + " are approved already");
        }
        approvals.add(new ProjectApproval(project, by, now));
        events.add(new TimesheetApproved(id, person, weekStart, entries(project), now));
        updatedAt = now;
        if (pendingProjects().isEmpty()) {
            state = TimesheetState.APPROVED.name();
            decidedBy = by;
            decidedAt = now;
        }
    }

    /** Returns a submitted sheet to its person with the reason. */
    public void giveBack(String reason, String by, Instant now) {
        require("return", TimesheetState.SUBMITTED);
        state = TimesheetState.RETURNED.name();
        returnReason = reason;
        decidedBy = by;
        decidedAt = now;
        updatedAt = now;
    }

    /** Whether the project's hours on this sheet are approved. */
    public boolean approved(long project) {
        return approvals.stream().anyMatch(approval -> approval.project() == project);
    }

    /** The projects on the sheet, in the order of their first line. */
    public List<Long> projects() {
        return lines.stream().map(TimesheetLine::project).distinct().toList();
    }

    /** The projects on the sheet whose hours are not approved yet. */
    public List<Long> pendingProjects() {
        return projects().stream().filter(project -> !approved(project)).toList();
    }

    /** Every day's hours on each task, days without hours left out. */
    public List<TimesheetApproved.Entry> entries() {
        return entries(null);
    }

    /** The approved entries: the hours of the projects approved so far. */
    public List<TimesheetApproved.Entry> approvedEntries() {
        return entries().stream().filter(entry -> approved(entry.project())).toList();
    }

    private List<TimesheetApproved.Entry> entries(Long project) {
        List<TimesheetApproved.Entry> entries = new ArrayList<>();
        for (TimesheetLine line : lines) {
            if (project != null && line.project() != project) continue;
            List<BigDecimal> hours = line.hours();
            for (int day = 0; day < hours.size(); day++) {
                if (hours.get(day).signum() > 0) {
                    entries.add(new TimesheetApproved.Entry(line.project(), line.task(), weekStart.plusDays(day),
                            hours.get(day)));
                }
            }
        }
        return entries;
    }

    /** A project's hours by task and day, whatever the lines' order and the numbers' scale. */
    private static List<String> hoursOf(List<TimesheetLine> lines, long project) {
        return linesOf(lines, project).stream().map(line -> line.task() + ":" + line.hours().stream()
                .map(h -> h.stripTrailingZeros().toPlainString()).toList()).sorted().toList();
    }

    private static List<TimesheetLine> linesOf(List<TimesheetLine> lines, long project) {
        return lines.stream().filter(line -> line.project() == project).toList();
    }

    private void require(String act, TimesheetState... allowed) {
        for (TimesheetState candidate : allowed) {
            if (state() == candidate) return;
        }
        throw new ConflictException("timesheet.act.refused." + state, new Object[] {weekStart.toString()},
                Map.of("state", state, "act", act), "timesheet " + id + " is " + state + ": it cannot be " + act
                + (act.endsWith("e") ? "d" : "ed"));
    }

    @DomainEvents
    List<DomainEvent> domainEvents() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
    }

    public Long id() { return id; }
    public long person() { return person; }
    public LocalDate weekStart() { return weekStart; }
    public TimesheetState state() { return TimesheetState.valueOf(state); }
    public String returnReason() { return returnReason; }
    public Instant submittedAt() { return submittedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public List<TimesheetLine> lines() { return List.copyOf(lines); }
    public Set<ProjectApproval> approvals() { return Set.copyOf(approvals); }
    public long version() { return version == null ? 0 : version; }
}
