package org.lodestar.timesheets.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * or a returned sheet, which becomes a draft again), {@link #submit} (a draft or a returned sheet), {@link #approve}
 * and {@link #giveBack} (a submitted sheet; approval locks it for good and tells the others, {@link TimesheetApproved}).
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

    /** Replaces the lines; a returned sheet becomes a draft again (its reason kept until it is submitted). */
    public void write(List<TimesheetLine> lines, Instant now) {
        require("write", TimesheetState.DRAFT, TimesheetState.RETURNED);
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

    public void approve(String by, Instant now) {
        require("approve", TimesheetState.SUBMITTED);
        state = TimesheetState.APPROVED.name();
        decidedBy = by;
        decidedAt = now;
        updatedAt = now;
        events.add(new TimesheetApproved(id, person, weekStart, entries(), now));
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

    /** Every day's hours on each task, days without hours left out. */
    public List<TimesheetApproved.Entry> entries() {
        List<TimesheetApproved.Entry> entries = new ArrayList<>();
        for (TimesheetLine line : lines) {
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
    public long version() { return version == null ? 0 : version; }
}
