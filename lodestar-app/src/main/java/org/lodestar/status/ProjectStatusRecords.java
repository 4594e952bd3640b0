package org.lodestar.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.portfolio.ProjectDeleted;
import org.lodestar.portfolio.ProjectDependants;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.status.internal.ProjectStatusStore;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What becomes of a project's status records when the project is deleted. Published reports are governance
 * records: while a project has one it cannot be deleted (the registry refuses with 409; close or cancel it
 * instead). Everything else (drafts, submitted and returned reports, the latest-status row, notifications) is
 * deleted with the project, one audit entry per record.
 */
@Component
class ProjectStatusRecords implements ProjectDependants {

    static final String LATEST_AUDIT_TYPE = "status-latest";
    static final String NOTIFICATION_AUDIT_TYPE = "notification";

    private final ProjectStatusStore store;
    private final AuditTrail audit;
    private final People people;

    ProjectStatusRecords(ProjectStatusStore store, AuditTrail audit, People people) {
        this.store = store;
        this.audit = audit;
        this.people = people;
    }

    @Override
    public List<Dependant> keeping(ProjectId project) {
        long published = store.publishedReports(project.value());
        return published == 0 ? List.of() : List.of(new Dependant("status.dependant.publishedReports", published));
    }

    @ApplicationModuleListener
    void on(ProjectDeleted deleted) {
        long project = deleted.project().value();
        String reason = "deleted with project " + deleted.code();
        for (ProjectStatusStore.StoredReport report : store.reports(project)) {
            audit.deleted(StatusReports.AUDIT_TYPE, report.id(), deleted.code() + " " + report.periodEnd(),
                    fields("periodEnd", report.periodEnd().toString(), "revision", Integer.toString(report.revision()),
                            "state", report.state(), "reason", reason));
        }
        if (store.hasLatest(project)) {
            LocalDate period = store.latestPeriod(project);
            audit.deleted(LATEST_AUDIT_TYPE, project, deleted.code(),
                    fields("periodEnd", period == null ? null : period.toString(), "reason", reason));
        }
        Map<Long, Person> everyone = people.byId();
        for (ProjectStatusStore.StoredNotification notification : store.notifications(project)) {
            Person person = everyone.get(notification.recipient());
            String recipient = person == null ? "#" + notification.recipient() : person.displayName();
            audit.deleted(NOTIFICATION_AUDIT_TYPE, notification.id(), deleted.code() + " " + notification.kind(),
                    fields("recipient", recipient, "kind", notification.kind(),
                            "periodEnd", notification.periodEnd().toString(), "reason", reason));
        }
        store.deleteAll(project);
    }

    private static Map<String, String> fields(String... keysAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) fields.put(keysAndValues[i], keysAndValues[i + 1]);
        return fields;
    }
}
