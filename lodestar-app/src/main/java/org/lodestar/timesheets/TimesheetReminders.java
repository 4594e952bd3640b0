package org.lodestar.timesheets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lodestar.platform.Inbox;
import org.lodestar.platform.Notice;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Role;
import org.lodestar.platform.RunAs;
import org.lodestar.platform.UserId;
import org.lodestar.timesheets.internal.TimesheetRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds people who work on active projects (team members and project managers on a team, as
 * {@link TimesheetRights#workedOn} decides it for each of them) and have no submitted (or approved) timesheet for
 * last week, through the inbox the status module's reminders use (in the app and by mail), once per person and
 * week. The weekly job ({@code internal.TimesheetReminderJob}) calls it on one node.
 */
@Service
public class TimesheetReminders {

    static final String KEY = "timesheet.notification.MISSING";

    private final TimesheetRecords records;
    private final TimesheetRights rights;
    private final People people;
    private final Inbox inbox;
    private final RunAs runAs;
    private final Clock clock;

    TimesheetReminders(TimesheetRecords records, TimesheetRights rights, People people, Inbox inbox, RunAs runAs,
                       Clock clock) {
        this.records = records;
        this.rights = rights;
        this.people = people;
        this.inbox = inbox;
        this.runAs = runAs;
        this.clock = clock;
    }

    /** Sends the reminders for the week before the one holding {@code today}; how many went out. */
    @Transactional
    public int remind(LocalDate today) {
        LocalDate week = Timesheets.monday(today).minusWeeks(1);
        Set<Long> submitted = records.findByWeekStart(week).stream()
                .filter(sheet -> sheet.state() == TimesheetState.SUBMITTED || sheet.state() == TimesheetState.APPROVED)
                .map(sheet -> sheet.person()).collect(Collectors.toSet());
        int sent = 0;
        for (Person person : people.all()) {
            if (!person.enabled() || submitted.contains(person.id().value())) continue;
            if (!person.roles().contains(Role.TEAM_MEMBER) && !person.roles().contains(Role.PROJECT_MANAGER)) continue;
            if (!person.canSignIn()) continue;  // a person without a sign-in writes no timesheet
            boolean works = runAs.call(person.username(), () -> !rights.workedOn().isEmpty());
            if (!works) continue;
            Notice notice = Notice.of(KEY, "/timesheets?week=" + week, week)
                    .once("timesheet.MISSING:" + person.id().value() + ":" + week);
            sent += inbox.send(List.of(new UserId(person.id().value())), notice) > 0 ? 1 : 0;
        }
        return sent;
    }
}
