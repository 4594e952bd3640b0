package org.lodestar.status.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Role;
import org.lodestar.status.Cadence;
import org.lodestar.status.CycleView;
import org.lodestar.status.NotificationKind;
import org.lodestar.status.ReportingCycles;
import org.lodestar.status.StatusReportPublished;
import org.lodestar.status.StatusReportReturned;
import org.lodestar.status.StatusReportSubmitted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people what needs them: the PMO when a report is submitted, the project's manager and the report's author
 * when it is returned or published, and the manager when a report falls due or is overdue. Each notification is
 * stored in-app and mailed. Workflow notices go out after the change committed, so nobody hears of a change that
 * was rolled back.
 */
@Component
public class Notifier {

    private final NotificationStore store;
    private final Mailer mailer;
    private final ProjectFacts facts;
    private final LatestStatus latest;
    private final Reports reports;
    private final People people;
    private final Clock clock;

    Notifier(NotificationStore store, Mailer mailer, ProjectFacts facts, LatestStatus latest, Reports reports,
             People people, Clock clock) {
        this.store = store;
        this.mailer = mailer;
        this.facts = facts;
        this.latest = latest;
        this.reports = reports;
        this.people = people;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(StatusReportSubmitted event) {
        Map<Long, Person> everyone = people.byId();
        Set<Long> pmo = new LinkedHashSet<>();
        everyone.values().stream().filter(person -> person.enabled() && person.roles().contains(Role.PMO))
                .forEach(person -> pmo.add(person.id().value()));
        notify(pmo, NotificationKind.SUBMITTED, event.project(), event.report(), event.periodEnd(), null, everyone);
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(StatusReportReturned event) {
        notifyProject(NotificationKind.RETURNED, event.project(), event.report(), event.periodEnd(), event.comment());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(StatusReportPublished event) {
        notifyProject(NotificationKind.PUBLISHED, event.project(), event.report(), event.periodEnd(), null);
    }

    /**
     * Reminds the managers of active projects in a reporting cycle: once per period when the report falls due
     * within the cycle's reminder days and is not submitted, and once when the last due date passed without a
     * submitted report (if the cycle says so). Returns how many reminders went out.
     */
    @Transactional
    public int remind(List<CycleView> cycles, LocalDate today) {
        Map<Long, LatestStatus.Latest> last = latest.all();
        Map<Long, Person> everyone = people.byId();
        int sent = 0;
        for (ProjectFacts.Fact project : facts.all()) {
            if (!project.reports() || project.manager() == null) continue;
            Optional<CycleView> cycle = ReportingCycles.pick(cycles, project.portfolio(), project.programme());
            if (cycle.isEmpty()) continue;
            Cadence cadence = cycle.get().cadence();
            LatestStatus.Latest status = last.get(project.id());
            LocalDate submitted = status == null ? null : status.lastSubmittedPeriod();
            LocalDate nextDue = cadence.dueOnOrAfter(today);
            if (!today.isBefore(nextDue.minusDays(cycle.get().remindDaysBefore())) && !covered(submitted, nextDue)
                    && !store.sent(NotificationKind.DUE, project.id(), nextDue)) {
                notify(Set.of(project.manager()), NotificationKind.DUE, project.id(), null, nextDue, null, everyone);
                sent++;
            }
            LocalDate lastDue = cadence.dueOnOrBefore(today.minusDays(1));
            boolean startedBefore = project.plannedStart() == null || !project.plannedStart().isAfter(lastDue);
            if (cycle.get().remindOverdue() && startedBefore && !covered(submitted, lastDue)
                    && !store.sent(NotificationKind.OVERDUE, project.id(), lastDue)) {
                notify(Set.of(project.manager()), NotificationKind.OVERDUE, project.id(), null, lastDue, null, everyone);
                sent++;
            }
        }
        return sent;
    }

    private static boolean covered(LocalDate submittedUpTo, LocalDate due) {
        return submittedUpTo != null && !submittedUpTo.isBefore(due);
    }

    private void notifyProject(NotificationKind kind, long project, long report, LocalDate period, String detail) {
        Set<Long> recipients = new LinkedHashSet<>();
        facts.get(project).map(ProjectFacts.Fact::manager).ifPresent(recipients::add);
        reports.findById(report).map(StatusReport::author).ifPresent(recipients::add);
        notify(recipients, kind, project, report, period, detail, people.byId());
    }

    private void notify(Set<Long> recipients, NotificationKind kind, long project, Long report, LocalDate period,
                        String detail, Map<Long, Person> everyone) {
        Optional<ProjectFacts.Fact> fact = facts.get(project);
        if (fact.isEmpty()) return;
        Instant now = Instant.now(clock);
        Object[] arguments = {fact.get().code(), fact.get().name(), period.toString(), detail == null ? "" : detail};
        String path = report != null ? "/status/reports/" + report : "/projects/" + project + "/status";
        for (Long recipient : recipients) {
            Person person = everyone.get(recipient);
            if (person == null) continue;
            store.add(recipient, kind, project, report, period, detail, now);
            mailer.send(person, "status.mail." + kind + ".subject", "status.mail." + kind + ".text", arguments, path);
        }
    }
}
