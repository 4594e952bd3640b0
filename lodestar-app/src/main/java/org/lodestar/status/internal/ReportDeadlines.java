package org.lodestar.status.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.status.Cadence;
import org.lodestar.status.CycleView;

/**
 * When a project's report is due or overdue under its reporting cycle: the one rule behind the reminders the
 * manager is sent and the to-dos on their home page. DUE: the next due date is within the cycle's reminder days and
 * no report up to it was submitted; OVERDUE: the last due date passed (the project had started by then) without one.
 */
final class ReportDeadlines {

    /** A report the project owes: {@code kind} DUE or OVERDUE, for the period ending {@code period}. */
    record Deadline(String kind, LocalDate period) {

        boolean overdue() {
            return kind.equals("OVERDUE");
        }
    }

    private ReportDeadlines() {
    }

    static List<Deadline> of(ProjectFacts.Fact project, CycleView cycle, LatestStatus.Latest status,
                             LocalDate today) {
        List<Deadline> owed = new ArrayList<>();
        Cadence cadence = cycle.cadence();
        LocalDate submitted = status == null ? null : status.lastSubmittedPeriod();
        LocalDate nextDue = cadence.dueOnOrAfter(today);
        if (!today.isBefore(nextDue.minusDays(cycle.remindDaysBefore())) && !covered(submitted, nextDue)) {
            owed.add(new Deadline("DUE", nextDue));
        }
        LocalDate lastDue = cadence.dueOnOrBefore(today.minusDays(1));
        boolean startedBefore = project.plannedStart() == null || !project.plannedStart().isAfter(lastDue);
        if (startedBefore && !covered(submitted, lastDue)) owed.add(new Deadline("OVERDUE", lastDue));
        return owed;
    }

    private static boolean covered(LocalDate submittedUpTo, LocalDate due) {
        return submittedUpTo != null && !submittedUpTo.isBefore(due);
    }
}
