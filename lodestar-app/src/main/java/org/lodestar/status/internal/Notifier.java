package org.lodestar.status.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestar.platform.Inbox;
import org.lodestar.platform.Notice;
import org.lodestar.platform.People;
import org.lodestar.platform.Role;
import org.lodestar.platform.UserId;
import org.lodestar.status.CycleView;
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
 * when it is returned or published, and the manager when a report falls due or is overdue, through the platform's
 * {@link Inbox} (in the app and by mail). Workflow notices go out after the change committed, so nobody hears of a
 * change that was rolled back. A notice's arguments are the project's code and name, the period and the PMO's
 * comment ({@code status.notification.*} in the bundles).
 */
@Component
public class Notifier {

    /** Status's notices are about a project. */
    public static final String TOPIC = "project";

    static final String KEY = "status.notification.";

    private final Inbox inbox;
    private final ProjectFacts facts;
    private final LatestStatus latest;
    private final Reports reports;
    private final People people;

    Notifier(Inbox inbox, ProjectFacts facts, LatestStatus latest, Reports reports, People people) {
        this.inbox = inbox;
        this.facts = facts;
        this.latest = latest;
        this.reports = reports;
        this.people = people;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(StatusReportSubmitted event) {
        Set<Long> pmo = new LinkedHashSet<>();
        people.all().stream().filter(person -> person.enabled() && person.roles().contains(Role.PMO))
                .forEach(person -> pmo.add(person.id().value()));
        notify(pmo, "SUBMITTED", event.project(), event.report(), event.periodEnd(), null);
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(StatusReportReturned event) {
        notifyProject("RETURNED", event.project(), event.report(), event.periodEnd(), event.comment());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(StatusReportPublished event) {
        notifyProject("PUBLISHED", event.project(), event.report(), event.periodEnd(), null);
    }

    /**
     * Reminds the managers of active projects in a reporting cycle: once per period when the report falls due
     * within the cycle's reminder days and is not submitted, and once when the last due date passed without a
     * submitted report (if the cycle says so). Returns how many reminders went out.
     */
    @Transactional
    public int remind(List<CycleView> cycles, LocalDate today) {
        Map<Long, LatestStatus.Latest> last = latest.all();
        int sent = 0;
        for (ProjectFacts.Fact project : facts.all()) {
            if (!project.reports() || project.manager() == null) continue;
            Optional<CycleView> cycle = ReportingCycles.pick(cycles, project.portfolio(), project.programme());
            if (cycle.isEmpty()) continue;
            for (ReportDeadlines.Deadline owed : ReportDeadlines.of(project, cycle.get(), last.get(project.id()), today)) {
                if (owed.overdue() && !cycle.get().remindOverdue()) continue;
                sent += remind(project, owed.kind(), owed.period());
            }
        }
        return sent;
    }

    /** Reminds the project's manager once per project, kind and period; how many reminders went out (0 or 1). */
    private int remind(ProjectFacts.Fact project, String kind, LocalDate period) {
        Notice notice = notice(kind, project, null, period, null)
                .once("status." + kind + ":" + project.id() + ":" + period);
        return inbox.send(List.of(new UserId(project.manager())), notice) > 0 ? 1 : 0;
    }

    private void notifyProject(String kind, long project, long report, LocalDate period, String detail) {
        Set<Long> recipients = new LinkedHashSet<>();
        facts.get(project).map(ProjectFacts.Fact::manager).ifPresent(recipients::add);
        reports.findById(report).map(StatusReport::author).ifPresent(recipients::add);
        notify(recipients, kind, project, report, period, detail);
    }

    private void notify(Set<Long> recipients, String kind, long project, Long report, LocalDate period,
                        String detail) {
        Optional<ProjectFacts.Fact> fact = facts.get(project);
        if (fact.isEmpty()) return;
        inbox.send(recipients.stream().map(UserId::new).toList(), notice(kind, fact.get(), report, period, detail));
    }

    private static Notice notice(String kind, ProjectFacts.Fact project, Long report, LocalDate period,
                                 String detail) {
        String link = report != null ? "/status/reports/" + report : "/projects/" + project.id() + "/status";
        return Notice.of(KEY + kind, link, project.code(), project.name(), period, detail)
                .about(TOPIC, project.id());
    }
}
